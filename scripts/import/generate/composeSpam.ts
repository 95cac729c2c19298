import type { Random } from '../../seed/random';
import type { PageFormat, SpamKind } from './pageTypes';
import type { SpamBlock, SpamHiding, SpamInjection, SpamPlacement, SpamSegment } from './spamTypes';
import {
  CITIES,
  gamblingTerm,
  seoTerm,
  spamContact,
  spamDomain,
  spamHref,
  spamSentence,
  spamTerm,
} from './spamVocabulary';

/** One injection of a kind, with placement and layout varied as hacked pages vary them. */
export function composeSpam(random: Random, kind: SpamKind, format: PageFormat): SpamInjection {
  switch (kind) {
    case 'HIDDEN_LINKS':
      return hiddenLinks(random, format);
    case 'SPAM_HEAD':
      return keywordRun(
        random,
        kind,
        random.pick<SpamPlacement>(['page-top', 'content-top', 'glued-first', 'glued-first']),
      );
    case 'SPAM_TAIL':
      return keywordRun(
        random,
        kind,
        random.pick<SpamPlacement>([
          'glued-last',
          'glued-last',
          'content-bottom',
          'page-bottom',
          'after-html',
        ]),
      );
    case 'PLACE_NAME_LIST':
      return placeNameList(random);
    case 'LINK_FARM':
      return linkFarm(random);
    case 'SPAM_PAGE':
      return spamPage(random);
  }
}

function link(random: Random, text: string): SpamSegment {
  return { text, href: spamHref(random, spamDomain(random)) };
}

function hiddenLinks(random: Random, format: PageFormat): SpamInjection {
  const count = random.int(3, 25);
  const segments = Array.from({ length: count }, () => link(random, spamTerm(random)));
  const layout = random.pick<SpamInjection['layout']>(['flat', 'flat', 'ul', 'p']);
  const blocks: SpamBlock[] =
    layout === 'flat'
      ? [{ segments, separator: random.pick(['', ' ', '|']) }]
      : segments.map((segment) => ({ segments: [segment], separator: '' }));
  return {
    kind: 'HIDDEN_LINKS',
    placement: random.pick<SpamPlacement>(
      format === 'text'
        ? ['page-top', 'page-bottom']
        : [
            'page-top',
            'page-top',
            'content-top',
            'content-bottom',
            'page-bottom',
            'page-bottom',
            'after-html',
          ],
    ),
    layout,
    blocks,
    hiding: hiding(random),
  };
}

function hiding(random: Random): SpamHiding {
  const className = `${random.pick(['a', 'hx', 'seo', 'lk', 'f'])}${random.int(1, 999)}`;
  switch (random.int(0, 8)) {
    case 0:
      return { how: 'style', style: 'display:none' };
    case 1:
      return {
        how: 'style',
        style: random.pick(['DISPLAY: none', 'display: none;', 'display:none;visibility:hidden']),
      };
    case 2:
      return {
        how: 'style',
        style: `position:absolute;left:-${random.int(2, 9)}999px;top:-${random.int(1, 9)}000px`,
      };
    case 3:
      return {
        how: 'style',
        style: random.pick([
          'text-indent:-9999px;overflow:hidden',
          'position:fixed;top:-3000px;left:0',
          'margin-left:-5000px',
        ]),
      };
    case 4:
      return {
        how: 'style',
        style: random.pick(['font-size:0', 'font-size:0px;line-height:0', 'FONT-SIZE: 0px']),
      };
    case 5:
      return {
        how: 'style',
        style: random.pick([
          'visibility:hidden',
          'height:0;overflow:hidden',
          'width:1px;height:1px;overflow:hidden',
        ]),
      };
    case 6:
      return { how: 'attribute' };
    default:
      return {
        how: 'class',
        className,
        css: random.pick([
          'display:none',
          'position:absolute;top:-999em;left:-999em',
          'font-size:0;line-height:0',
          'display: none !important',
        ]),
      };
  }
}

/** Visible keyword runs with URLs or contacts (SPAM_HEAD, SPAM_TAIL). */
function keywordRun(random: Random, kind: SpamKind, placement: SpamPlacement): SpamInjection {
  const glued = placement.startsWith('glued');
  const blockCount = glued ? 1 : random.int(1, 3);
  const blocks: SpamBlock[] = [];
  for (let b = 0; b < blockCount; b++) {
    const segments: SpamSegment[] = [];
    const count = random.int(2, 7);
    for (let i = 0; i < count; i++) {
      const term = spamTerm(random);
      segments.push(random.chance(0.4) ? link(random, term) : { text: term, href: null });
    }
    const domain = spamDomain(random);
    segments.push(
      random.chance(0.5)
        ? {
            text: random.pick([`【${domain}】`, domain, `网址:${domain}`]),
            href: random.chance(0.5) ? `http://${domain}/` : null,
          }
        : { text: spamContact(random), href: null },
    );
    if (random.chance(0.3)) segments.reverse();
    blocks.push({ segments, separator: random.pick(['', ' ', '，', '、', ' ', '_']) });
  }
  return { kind, placement, layout: random.pick(['p', 'p', 'br']), blocks, hiding: null };
}

/** Spider-pool lists: 北京|上海|广州|… or keyword|keyword|…, 8 to 40 items. */
function placeNameList(random: Random): SpamInjection {
  const count = random.int(8, 40);
  const cities = random.sample(CITIES, count);
  const word = random.chance(0.5) ? gamblingTerm(random) : seoTerm(random);
  const items = cities.map((city, i) => {
    switch (random.int(0, 3)) {
      case 0:
        return city;
      case 1:
        return `${city}${word}`;
      case 2:
        return i % 2 === 0 ? city : spamTerm(random);
      default:
        return random.chance(0.5) ? `${city}${seoTerm(random)}` : `${city}${gamblingTerm(random)}`;
    }
  });
  const linked = random.chance(0.4);
  const separator = random.pick(['|', '|', ' | ', '｜', ' ']);
  const per = random.chance(0.7) ? items.length : Math.ceil(items.length / random.int(2, 3));
  const blocks: SpamBlock[] = [];
  for (let i = 0; i < items.length; i += per) {
    blocks.push({
      separator,
      segments: items
        .slice(i, i + per)
        .map((text) => (linked ? link(random, text) : { text, href: null })),
    });
  }
  return {
    kind: 'PLACE_NAME_LIST',
    placement: random.pick<SpamPlacement>([
      'page-top',
      'content-top',
      'content-bottom',
      'page-bottom',
      'page-bottom',
    ]),
    layout: random.pick(['p', 'br']),
    blocks,
    hiding: null,
  };
}

/** Visible blocks of 10 to 50 links to non-government domains with keyword anchors. */
function linkFarm(random: Random): SpamInjection {
  const count = random.int(10, 50);
  const segments = Array.from({ length: count }, () =>
    link(random, random.chance(0.8) ? spamTerm(random) : spamDomain(random)),
  );
  const layout = random.pick<SpamInjection['layout']>(['flat', 'ul', 'p', 'br']);
  const blocks: SpamBlock[] = [];
  if (layout === 'flat') {
    blocks.push({ segments, separator: random.pick([' ', ' | ', '']) });
  } else if (layout === 'ul') {
    for (const segment of segments) blocks.push({ segments: [segment], separator: '' });
  } else {
    const per = random.int(4, 10);
    for (let i = 0; i < segments.length; i += per)
      blocks.push({ segments: segments.slice(i, i + per), separator: ' ' });
  }
  return {
    kind: 'LINK_FARM',
    placement: random.pick<SpamPlacement>([
      'content-top',
      'content-bottom',
      'page-bottom',
      'page-bottom',
      'page-top',
    ]),
    layout,
    blocks,
    hiding: null,
  };
}

/** The content of a page replaced by spam: promotional paragraphs, some with links. */
function spamPage(random: Random): SpamInjection {
  const blocks: SpamBlock[] = Array.from({ length: random.int(5, 12) }, () => {
    const sentence = spamSentence(random);
    if (random.chance(0.3)) {
      return {
        segments: [{ text: sentence, href: null }, link(random, gamblingTerm(random))],
        separator: '',
      };
    }
    return { segments: [{ text: sentence, href: null }], separator: '' };
  });
  return { kind: 'SPAM_PAGE', placement: 'content-top', layout: 'p', blocks, hiding: null };
}
