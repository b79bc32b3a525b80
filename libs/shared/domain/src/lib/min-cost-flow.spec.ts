import { FlowNetwork } from './min-cost-flow';

describe('FlowNetwork', () => {
  it('sends the maximum flow along the cheapest routes', () => {
    // s → a (2 units); from a, straight to t at 5 each, or via b at 1 + 1 but b → t takes only 1.
    const network = new FlowNetwork(4, 4);
    const [s, a, b, t] = [0, 1, 2, 3];
    network.addEdge(s, a, 2, 0);
    const direct = network.addEdge(a, t, 2, 5);
    const detour = network.addEdge(a, b, 2, 1);
    network.addEdge(b, t, 1, 1);
    expect(network.maximiseFlow(s, t)).toBe(2);
    expect(network.flowOn(detour)).toBe(1);
    expect(network.flowOn(direct)).toBe(1);
  });

  it('reroutes earlier flow when that makes room for more', () => {
    // Both sources can use x; only the first can use y. Greedy x for the first would block the second.
    const network = new FlowNetwork(6, 7);
    const [s, first, second, x, y, t] = [0, 1, 2, 3, 4, 5];
    network.addEdge(s, first, 1, 0);
    network.addEdge(s, second, 1, 0);
    const firstToX = network.addEdge(first, x, 1, -1);
    const firstToY = network.addEdge(first, y, 1, 0);
    const secondToX = network.addEdge(second, x, 1, 0);
    network.addEdge(x, t, 1, 0);
    network.addEdge(y, t, 1, 0);
    expect(network.maximiseFlow(s, t)).toBe(2);
    expect([network.flowOn(firstToX), network.flowOn(firstToY), network.flowOn(secondToX)]).toEqual([0, 1, 1]);
  });

  it('refuses a network with a negative cycle, and more edges than it was made for', () => {
    const cyclic = new FlowNetwork(3, 3);
    cyclic.addEdge(0, 1, 1, 0);
    cyclic.addEdge(1, 2, 1, -2);
    cyclic.addEdge(2, 1, 1, 1);
    expect(() => cyclic.maximiseFlow(0, 2)).toThrow(RangeError);
    const small = new FlowNetwork(2, 1);
    small.addEdge(0, 1, 1, 0);
    expect(() => small.addEdge(1, 0, 1, 0)).toThrow(RangeError);
  });
});
