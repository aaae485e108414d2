import { expect } from '@open-wc/testing';
import { directionOfKey, mapKeyAction, nearestInDirection } from '../../src/engaged-city-map/spatial-focus.js';

const points = [
  { key: 'centre', x: 100, y: 100 },
  { key: 'east', x: 160, y: 105 },
  { key: 'far-east', x: 300, y: 100 },
  { key: 'north-east-steep', x: 130, y: 20 },
  { key: 'south', x: 95, y: 170 },
  { key: 'west', x: 20, y: 90 },
];

describe('nearestInDirection (arrow keys on the map)', () => {
  const from = { x: 100, y: 100, key: 'centre' };

  it('moves to the nearest marker in each direction', () => {
    expect(nearestInDirection(from, points, 'right')).to.equal('east');
    expect(nearestInDirection(from, points, 'down')).to.equal('south');
    expect(nearestInDirection(from, points, 'left')).to.equal('west');
    expect(nearestInDirection(from, points, 'up')).to.equal('north-east-steep');
  });

  it('prefers a marker straight ahead over a nearer one far off to the side', () => {
    const candidates = [
      { key: 'ahead', x: 200, y: 100 },
      { key: 'aside', x: 130, y: 160 },
    ];
    expect(nearestInDirection({ x: 100, y: 100 }, candidates, 'right')).to.equal('ahead');
  });

  it('within 45° of the direction only, when asked: the near town far aside does not count', () => {
    const candidates = [
      { key: 'aside', x: 180, y: 110 },
      { key: 'below', x: 110, y: 400 },
    ];
    expect(nearestInDirection({ x: 100, y: 100 }, candidates, 'down')).to.equal('aside');
    expect(nearestInDirection({ x: 100, y: 100 }, candidates, 'down', 1)).to.equal('below');
    expect(nearestInDirection({ x: 100, y: 100 }, [candidates[0]!], 'down', 1)).to.equal(undefined);
  });

  it('returns undefined when nothing lies in that direction', () => {
    expect(nearestInDirection({ x: 300, y: 100, key: 'far-east' }, points, 'right')).to.equal(undefined);
    expect(nearestInDirection({ x: 0, y: 0 }, [], 'down')).to.equal(undefined);
  });

  it('never returns the origin itself, and ignores markers exactly level with it', () => {
    expect(nearestInDirection(from, [{ key: 'centre', x: 100, y: 100 }, { key: 'level', x: 100, y: 200 }], 'right')).to.equal(undefined);
  });

  it('reaches markers stacked on one spot in key order', () => {
    const stacked = [
      { key: 'a', x: 50, y: 50 },
      { key: 'b', x: 50, y: 50 },
      { key: 'c', x: 50, y: 50 },
      { key: 'd', x: 90, y: 50 },
    ];
    expect(nearestInDirection({ x: 50, y: 50, key: 'a' }, stacked, 'right')).to.equal('b');
    expect(nearestInDirection({ x: 50, y: 50, key: 'b' }, stacked, 'down')).to.equal('c');
    expect(nearestInDirection({ x: 50, y: 50, key: 'c' }, stacked, 'right')).to.equal('d');
    expect(nearestInDirection({ x: 50, y: 50, key: 'c' }, stacked, 'left')).to.equal('b');
  });

  it('does not depend on the order of the candidates', () => {
    const tie = [
      { key: 'y', x: 110, y: 90 },
      { key: 'x', x: 110, y: 110 },
    ];
    expect(nearestInDirection({ x: 100, y: 100 }, tie, 'right')).to.equal('x');
    expect(nearestInDirection({ x: 100, y: 100 }, [...tie].reverse(), 'right')).to.equal('x');
  });

  it('goes to a town beyond the screen within 45° before one on the screen far aside (no crawl along the edge), never to one more than 60° aside', () => {
    const onScreen = [{ key: 'here', x: 100, y: 580 }, { key: 'aside', x: 400, y: 590 }];
    const beyond = [{ key: 'below', x: 130, y: 900 }];
    const context = {
      candidates: (direction?: string) => (direction ? beyond : onScreen),
      activeKey: 'here',
      zoomStep: 2,
      detailsOpen: false,
      panned: () => ({ scale: 1, tx: 0, ty: 0 }),
    };
    expect(mapKeyAction(new KeyboardEvent('keydown', { key: 'ArrowDown' }), context)).to.deep.equal({ focus: 'below', at: [130, 900] });
    // Nothing within 45°, on the screen or beyond: a town up to 60° aside.
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown' });
    const within60 = { ...context, candidates: (direction?: string) => (direction ? [] : [...onScreen, { key: 'aside-below', x: 170, y: 630 }]) };
    expect(mapKeyAction(down, within60)).to.deep.equal({ focus: 'aside-below' });
    // Nothing within 60°: the focus stays, rather than going to a town that is not in that direction.
    const nothingBelow = { ...context, candidates: (direction?: string) => (direction ? [] : onScreen) };
    expect(mapKeyAction(down, nothingBelow)).to.deep.equal({});
  });

  it('maps arrow keys to directions and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter'].map(directionOfKey)).to.deep.equal([
      'up', 'down', 'left', 'right', undefined,
    ]);
  });
});
