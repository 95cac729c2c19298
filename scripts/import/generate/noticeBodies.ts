import { chineseNumeral } from '../../seed/bodyPhrases';
import type { Random } from '../../seed/random';
import type { DayDate } from './dayDates';
import { addDays, chineseDay, signatureDay } from './dayDates';
import type { NoticeBlock, NoticeKind } from './noticeTypes';
import { ATTACHMENTS, DETAILS, INTROS, PRINCIPLES, SAFEGUARDS, TRICKY } from './phraseBank';
import type { PhraseContext } from './phraseContext';
import { fillPhrase } from './phraseContext';
import type { Subject } from './subjects';
import { noticeTable } from './noticeTable';

/** What the body writers need besides the random stream. */
export interface BodyInput {
  kind: NoticeKind;
  context: PhraseContext;
  subject: Subject;
  salutation: string;
  issuer: string;
  signedAt: DayDate;
  /** The document a cover notice issues, or the one a 解读 explains (the text inside 《》). */
  attached: string | null;
  /** The 文号 of the document a 解读 explains. */
  attachedNumber: string | null;
}

/** The paragraphs of a notice, from the salutation through the signature. */
export function writeBody(random: Random, input: BodyInput): NoticeBlock[] {
  const writer = new BodyWriter(random, input);
  switch (input.kind) {
    case 'NOTICE':
      return writer.notice();
    case 'ISSUE':
      return writer.issue();
    case 'OPINION':
      return writer.opinion('意见');
    case 'PLAN':
      return writer.opinion('方案');
    case 'RULES':
      return writer.rules();
    case 'INTERPRETATION':
      return writer.interpretation();
  }
}

class BodyWriter {
  private readonly out: NoticeBlock[] = [];
  /** Tricky sentences not yet placed; each body places all of them somewhere. */
  private readonly tricky: string[];

  constructor(
    private readonly random: Random,
    private readonly input: BodyInput,
  ) {
    const { subject } = input;
    this.tricky = [
      ...random.sample(subject.specific, random.int(1, Math.min(2, subject.specific.length))),
      ...random.sample(TRICKY, random.int(1, 3)),
    ].map((text) => this.fill(text));
  }

  notice(): NoticeBlock[] {
    const { random, input } = this;
    this.text(input.salutation, 'salutation');
    this.text(this.fill(random.pick(INTROS)));
    const tasks = random.sample(input.subject.tasks, random.int(2, input.subject.tasks.length));
    const headings = [...tasks.map(([heading]) => heading), '工作要求'];
    headings.forEach((heading, i) => {
      this.text(`${chineseNumeral(i + 1)}、${heading}`, 'heading');
      const task = tasks[i];
      if (task) this.text(`${this.fill(task[1])}${this.details(1)}`);
      else this.text(this.details(2));
      this.maybeTricky();
    });
    this.finishBody();
    if (random.chance(0.6)) this.text('特此通知。');
    this.signature(true);
    return this.out;
  }

  issue(): NoticeBlock[] {
    const { random, input } = this;
    const attached = input.attached ?? input.subject.name;
    this.text(input.salutation, 'salutation');
    this.text(
      random.pick([
        `经${this.fill('{gov}')}同意，现将《${attached}》印发给你们，请结合实际，认真贯彻执行。`,
        `现将《${attached}》印发给你们，请认真组织实施。执行中遇到的问题，请及时向${input.context.dept}反映。`,
      ]),
    );
    this.signature(false);
    this.text(attached, 'doc-title');
    this.sections(['总体要求', '主要任务', '保障措施']);
    return this.out;
  }

  opinion(form: '意见' | '方案'): NoticeBlock[] {
    const { input } = this;
    if (form === '意见') this.text(input.salutation, 'salutation');
    this.text(
      this.fill(
        form === '意见'
          ? '为进一步做好{subject}工作，根据{basis}要求，经{gov}同意，结合{mine}实际，提出如下实施意见。'
          : '为深入贯彻落实{basis}精神，扎实推进{whole}{subject}工作，结合{mine}实际，制定本方案。',
      ),
    );
    this.sections(
      form === '意见'
        ? ['总体要求', '重点任务', '保障措施']
        : ['总体要求', '主要任务', '实施步骤', '保障措施'],
    );
    this.signature(true);
    return this.out;
  }

  rules(): NoticeBlock[] {
    const { random, input } = this;
    const name = input.subject.name;
    const articles = [
      this.fill('为规范{subject}工作，根据{basis}等有关规定，结合本{unit}实际，制定本办法。'),
      this.fill('本办法适用于本{unit}行政区域内{subject}相关工作。'),
      `${input.context.dept}负责${name}工作的组织实施和监督管理，其他有关部门按照各自职责做好相关工作。`,
      ...input.subject.tasks.map(([heading, text]) => `${heading}。${this.fill(text)}`),
      ...this.tricky.splice(0),
      '违反本办法规定的，由有关部门责令改正；情节严重的，依法依规追究有关单位和人员的责任。',
      `本办法由${input.context.dept}负责解释。`,
      `本办法自${chineseDay(addDays(input.signedAt, random.int(10, 40)))}起施行${random.chance(0.5) ? '，有效期5年' : ''}。`,
    ];
    const chapters = random.chance(0.5);
    articles.forEach((text, i) => {
      if (chapters && i === 0) this.text('第一章 总则', 'heading');
      if (chapters && i === 3) this.text('第二章 主要内容', 'heading');
      if (chapters && i === articles.length - 2) this.text('第三章 附则', 'heading');
      this.text(`第${chineseNumeral(i + 1)}条 ${text}`);
    });
    this.signature(true);
    return this.out;
  }

  interpretation(): NoticeBlock[] {
    const { input } = this;
    const name = input.attached ?? input.subject.name;
    const number = input.attachedNumber ? `(${input.attachedNumber})` : '';
    const tasks = input.subject.tasks;
    this.text('一、出台背景', 'heading');
    this.text(
      `为贯彻落实${input.context.basis}精神，进一步做好${input.subject.name}工作，${input.context.dept}起草了《${name}》${number}，经${this.fill('{gov}')}同意，于${chineseDay(input.signedAt)}正式印发。`,
    );
    this.text('二、主要内容', 'heading');
    this.text(
      `文件共分${chineseNumeral(tasks.length + 2)}个部分，提出了${chineseNumeral(tasks.length)}项重点任务：`,
    );
    tasks.forEach(([heading, text], i) =>
      this.text(`${this.sub(i)}${heading}。${this.fill(text)}`),
    );
    this.text('三、政策亮点', 'heading');
    this.text(
      `一是坚持问题导向，针对${input.subject.name}工作中的难点堵点提出具体措施；二是明确责任分工，压实各部门工作责任；三是强化跟踪问效，将落实情况纳入年度考核。`,
    );
    this.flushTricky();
    this.text('四、解读机关及联系方式', 'heading');
    this.text(`解读机关：${input.issuer}`);
    this.text(`联系电话：${input.context.phone}`);
    this.signature(false);
    return this.out;
  }

  /** Numbered sections with (一)(二) items; the tasks go in the second. */
  private sections(names: readonly string[]): void {
    const { random, input } = this;
    names.forEach((name, i) => {
      this.text(`${chineseNumeral(i + 1)}、${name}`, 'heading');
      if (name === '总体要求') {
        this.text(this.fill(random.pick(PRINCIPLES)));
      } else if (name === '保障措施') {
        random
          .sample(SAFEGUARDS, random.int(2, 4))
          .forEach((text, j) => this.text(`${this.sub(j)}${this.fill(text)}`));
      } else if (name === '实施步骤') {
        const year = input.context.year;
        ['动员部署', '组织实施', '总结评估'].forEach((stage, j) => {
          const when = `${year}年${j * 3 + 3}月—${j * 3 + 5}月`;
          this.text(`${this.sub(j)}${stage}阶段(${when})`, 'subheading');
          this.text(this.details(1));
        });
      } else {
        input.subject.tasks.forEach(([heading, text], j) => {
          this.text(
            `${this.sub(j)}${heading}。${this.fill(text)}${this.details(random.int(0, 1))}`,
          );
          this.maybeTricky();
        });
      }
    });
    this.finishBody();
  }

  /** What follows the sections: leftover tricky sentences, a table, the contact, 附件. */
  private finishBody(): void {
    const { random, input } = this;
    this.flushTricky();
    if (random.chance(0.25)) {
      this.text(this.fill('{subject}工作任务情况如下：'));
      this.out.push({ role: 'table', rows: noticeTable(random, input.context) });
    }
    if (random.chance(0.5)) {
      this.text(
        `联系人：${random.pick(['李明', '张伟', '王芳', '刘洋', '陈静', '赵磊'])}，联系电话：${input.context.phone}。`,
      );
    }
    if (random.chance(0.3)) {
      const names = random.sample(ATTACHMENTS, random.int(1, 3)).map((text) => this.fill(text));
      if (names.length === 1) this.text(`附件：${names[0]}`, 'attachment');
      else
        names.forEach((name, i) =>
          this.text(`${i === 0 ? '附件：' : ''}${i + 1}.${name}`, 'attachment'),
        );
    }
  }

  private signature(withNote: boolean): void {
    const { random, input } = this;
    this.text(input.issuer, 'signature');
    this.text(signatureDay(random, input.signedAt), 'date');
    if (withNote && random.chance(0.45)) {
      this.text(random.pick(['(此件公开发布)', '(此件主动公开)', '(此件公开发布)']), 'note');
    }
  }

  private maybeTricky(): void {
    if (this.tricky.length > 0 && this.random.chance(0.5)) {
      const sentence = this.tricky.shift() ?? '';
      const last = this.out[this.out.length - 1];
      if (last && last.role === 'text' && this.random.chance(0.5)) last.text += sentence;
      else this.text(sentence);
    }
  }

  private flushTricky(): void {
    for (const sentence of this.tricky.splice(0)) this.text(sentence);
  }

  private details(count: number): string {
    return this.random
      .sample(DETAILS, count)
      .map((text) => this.fill(text))
      .join('');
  }

  private sub(index: number): string {
    return `(${chineseNumeral(index + 1)})`;
  }

  private fill(text: string): string {
    return fillPhrase(this.random, text, this.input.context);
  }

  private text(text: string, role: Exclude<NoticeBlock['role'], 'table'> = 'text'): void {
    this.out.push({ role, text });
  }
}
