import { expect } from '@open-wc/testing';
import { timeTicks } from '../../src/layout/time-ticks.js';

const local = (year: number, month = 0) => new Date(year, month, 1).getTime();
const labels = (ticks: ReturnType<typeof timeTicks>) =>
  ticks.map((tick) => {
    const date = new Date(tick.time);
    return tick.unit === 'year' ? `${date.getFullYear()}` : `${date.getFullYear()}-${date.getMonth() + 1}`;
  });

describe('timeTicks', () => {
  it('ticks every year at local midnight of 1 January when there is room', () => {
    const ticks = timeTicks({ start: local(2014, 5), end: local(2024, 3) }, 1200, 40);
    expect(labels(ticks)).to.deep.equal([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    for (const tick of ticks) expect(new Date(tick.time).getHours()).to.equal(0);
    expect(ticks[0]!.at).to.be.closeTo(
      (1200 * (local(2015) - local(2014, 5))) / (local(2024, 3) - local(2014, 5)),
      1e-6,
    );
  });

  it('thins to round steps when labels would touch', () => {
    expect(labels(timeTicks({ start: local(1900), end: local(2024) }, 600, 40))).to.deep.equal([
      '1900',
      '1910',
      '1920',
      '1930',
      '1940',
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
  });

  it('ticks months for a short span, on quarters when monthly would be crowded', () => {
    expect(labels(timeTicks({ start: local(2023, 11), end: local(2024, 2) }, 900, 60))).to.deep.equal([
      '2023-12',
      '2024-1',
      '2024-2',
      '2024-3',
    ]);
    expect(labels(timeTicks({ start: local(2023, 0), end: local(2024, 0) }, 300, 60))).to.deep.equal([
      '2023-1',
      '2023-4',
      '2023-7',
      '2023-10',
      '2024-1',
    ]);
  });

  it('has nothing to tick on an empty span or axis', () => {
    expect(timeTicks({ start: 5, end: 5 }, 100, 10)).to.deep.equal([]);
    expect(timeTicks({ start: 0, end: 5 }, 0, 10)).to.deep.equal([]);
  });
});
