import postcss from 'postcss';
import type { Declaration } from './styleHidesElement';
import { declarationsHide, toDeclaration } from './styleHidesElement';

/** Tells whether a stylesheet rule hides an element with this tag and these attributes. */
export type HiddenByStylesheet = (
  tag: string,
  attribs: Readonly<Record<string, string>>,
) => boolean;

interface CompoundSelector {
  tag: string | null;
  classes: string[];
  ids: string[];
}

/** One compound selector without combinators: `div`, `.c`, `#i`, `a.c1.c2#i`. */
const COMPOUND = /^([a-z][a-z0-9]*)?((?:[.#][A-Za-z0-9_-]+)*)$/i;

/*
 * Spam injected into hacked pages is also hidden by a class defined in an embedded <style>
 * (`<style>.a1{display:none}</style><div class="a1">…</div>`). Dropping the <style> would make
 * it visible, so rules that hide are read first and matching elements removed like inline-hidden
 * ones. Only top-level rules with simple compound selectors are used: a descendant selector such
 * as `.box a` cannot be matched without the tree, and guessing would remove real content; rules
 * inside @media (print styles) do not hide anything on screen.
 */
export function hidingSelectors(stylesheets: readonly string[]): HiddenByStylesheet {
  const selectors: CompoundSelector[] = [];
  for (const css of stylesheets) {
    let root: postcss.Root;
    try {
      root = postcss.parse(css);
    } catch {
      continue;
    }
    root.each((node) => {
      if (node.type !== 'rule') return;
      const declarations: Declaration[] = [];
      node.walkDecls((decl) => {
        declarations.push(toDeclaration(decl));
      });
      if (!declarationsHide(declarations)) return;
      for (const selector of node.selectors) {
        const compound = parseCompound(selector.trim());
        if (compound) selectors.push(compound);
      }
    });
  }
  if (selectors.length === 0) return () => false;
  return (tag, attribs) => {
    const classes = new Set((attribs.class ?? '').split(/\s+/).filter(Boolean));
    const id = attribs.id;
    return selectors.some(
      (s) =>
        (s.tag === null || s.tag === tag) &&
        s.classes.every((c) => classes.has(c)) &&
        s.ids.every((i) => i === id),
    );
  };
}

function parseCompound(selector: string): CompoundSelector | null {
  const match = COMPOUND.exec(selector);
  if (!match || selector === '') return null;
  const parts = match[2].match(/[.#][A-Za-z0-9_-]+/g) ?? [];
  return {
    tag: match[1] ? match[1].toLowerCase() : null,
    classes: parts.filter((p) => p.startsWith('.')).map((p) => p.slice(1)),
    ids: parts.filter((p) => p.startsWith('#')).map((p) => p.slice(1)),
  };
}
