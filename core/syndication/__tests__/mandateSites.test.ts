import type { Level } from '../../levels/level';
import type { Mandate } from '../../model/syndication';
import { mandateSites } from '../mandateSites';
import {
  ALL_SITES,
  ANSHAN,
  directory,
  directoryOf,
  FAKU,
  ids,
  JIANGXI,
  LIAONING,
  NANCHANG,
  NANCHANG_XIAN,
  SHENYANG,
  TAIAN,
} from './fixtures';

function mandate(levels: Level[], regionCode: string | null = null): Mandate {
  return { levels, regionCode, deadlineHours: 24 };
}

describe('mandateSites', () => {
  it("takes the portals of the levels in the origin's region, sorted by id", () => {
    expect(ids(mandateSites(mandate(['CITY', 'COUNTY']), LIAONING, directory))).toEqual([
      SHENYANG._id,
      FAKU._id,
      ANSHAN._id,
      TAIAN._id,
    ]);
    expect(ids(mandateSites(mandate(['COUNTY']), JIANGXI, directory))).toEqual([NANCHANG_XIAN._id]);
  });

  it('leaves out sub-sites', () => {
    expect(ids(mandateSites(mandate(['CITY']), LIAONING, directory))).toEqual([
      SHENYANG._id,
      ANSHAN._id,
    ]);
  });

  it('keeps to the mandate region when it has one', () => {
    expect(ids(mandateSites(mandate(['CITY', 'COUNTY'], '2103'), LIAONING, directory))).toEqual([
      ANSHAN._id,
      TAIAN._id,
    ]);
    expect(ids(mandateSites(mandate(['COUNTY'], '210300'), LIAONING, directory))).toEqual([
      TAIAN._id,
    ]);
  });

  it("ignores levels that are not lower than the origin's", () => {
    expect(ids(mandateSites(mandate(['CITY', 'COUNTY']), SHENYANG, directory))).toEqual([FAKU._id]);
    expect(mandateSites(mandate(['COUNTY']), FAKU, directory)).toEqual([]);
    expect(ids(mandateSites(mandate(['PROVINCE', 'CITY']), JIANGXI, directory))).toEqual([
      NANCHANG._id,
    ]);
  });

  it('does not depend on the order of the directory', () => {
    const reversed = directoryOf([...ALL_SITES].reverse());
    expect(ids(mandateSites(mandate(['COUNTY', 'CITY']), LIAONING, reversed))).toEqual([
      SHENYANG._id,
      FAKU._id,
      ANSHAN._id,
      TAIAN._id,
    ]);
  });
});
