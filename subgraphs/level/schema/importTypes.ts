import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/*
 * What the importer found on a crawled page and did to it (npm run import, importNotice), shown
 * to the site's staff on the notice. Value types, declared identically by every level
 * (`@shareable`, ARCHITECTURE.md pattern 8).
 */

@Directive('@shareable')
@ObjectType('ImportRemoval', { description: 'Something taken out of the page.' })
export class ImportRemovalType {
  @Field(() => String, {
    description: 'CHROME (site navigation, footers), SPAM, HIDDEN or PINYIN.',
  })
  kind!: string;

  @Field(() => String, { description: 'Why, e.g. ICP_FILING, GAMBLING_KEYWORDS, HIDDEN_LINKS.' })
  reason!: string;

  @Field(() => String, { description: 'The removed text (at most 200 characters).' })
  text!: string;
}

@Directive('@shareable')
@ObjectType('ImportedField', { description: 'Where a field was read on the page, and how sure.' })
export class ImportedFieldType {
  @Field(() => String)
  field!: string;

  @Field(() => String, { description: 'header, title, signature, metadata-table, meta-tag, ...' })
  from!: string;

  @Field(() => Float, { description: '0–1.' })
  confidence!: number;
}

@Directive('@shareable')
@ObjectType('ImportedCitation', { description: 'A document the notice cites or forwards.' })
export class ImportedCitationType {
  @Field(() => String, { description: 'The title inside 《》.' })
  title!: string;

  @Field(() => String, { nullable: true, description: '文号, when printed after the title.' })
  docNumber!: string | null;
}

@Directive('@shareable')
@ObjectType('TextRepair', { description: 'A mis-decoded run (乱码) that was repaired.' })
export class TextRepairType {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;
}

@Directive('@shareable')
@ObjectType('ImportReport', { description: 'What the importer found on the page and did to it.' })
export class ImportReportType {
  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => String, { description: 'UTF-8, GB18030 or BIG5.' })
  encoding!: string;

  @Field(() => String, {
    description: 'How the encoding was decided: bom, valid-utf8, meta, detected…',
  })
  encodingFrom!: string;

  @Field(() => Boolean, {
    description: 'The page is in traditional characters (kept as published).',
  })
  traditional!: boolean;

  @Field(() => [ImportedFieldType])
  fields!: ImportedFieldType[];

  @Field(() => [ImportRemovalType])
  removals!: ImportRemovalType[];

  @Field(() => [TextRepairType])
  repairs!: TextRepairType[];

  @Field(() => [String], {
    description: 'Damaged text that could not be repaired (left in place).',
  })
  unrecoverable!: string[];

  @Field(() => [String])
  warnings!: string[];

  @Field(() => [String], {
    description: 'Why the page was quarantined (隔离); empty if it was not.',
  })
  quarantineReasons!: string[];

  @Field(() => [ImportedCitationType])
  citations!: ImportedCitationType[];

  @Field(() => String, { nullable: true, description: '网站标识码 printed on the page.' })
  siteCode!: string | null;

  @Field(() => GraphQLDateTimeISO)
  importedAt!: Date;

  @Field(() => String, { description: 'Who imported it (token subject).' })
  importedBy!: string;
}
