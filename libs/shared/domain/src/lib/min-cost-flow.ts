/**
 * A flow network with integer capacities and costs, solved for the cheapest maximum flow by the
 * primal–dual method: Dijkstra on reduced costs finds how far the sink now is, then Dinic's
 * blocking flows push everything that can go along the shortest paths before the next Dijkstra.
 * Costs may be negative as long as the network starts without a negative cycle. Edges are
 * explored in the order they were added, so the same network always gets the same flow.
 */
export class FlowNetwork {
  private readonly source: Int32Array;
  private readonly target: Int32Array;
  /** Residual capacity; edge e's reverse is e ^ 1. */
  private readonly residual: Int32Array;
  private readonly cost: Float64Array;
  private edges = 0;
  /** Each node's edges, reverse edges included, in the order added: `adjacent[start[v]] … adjacent[start[v + 1] − 1]`. */
  private start = new Int32Array(0);
  private adjacent = new Int32Array(0);

  constructor(
    readonly nodes: number,
    maxEdges: number,
  ) {
    this.source = new Int32Array(2 * maxEdges);
    this.target = new Int32Array(2 * maxEdges);
    this.residual = new Int32Array(2 * maxEdges);
    this.cost = new Float64Array(2 * maxEdges);
  }

  /** Adds an edge and returns its id, for `flowOn`. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const edge = this.edges;
    if (edge >= this.target.length) throw new RangeError('more edges than the network was made for');
    this.source[edge] = from;
    this.target[edge] = to;
    this.residual[edge] = capacity;
    this.cost[edge] = cost;
    this.source[edge + 1] = to;
    this.target[edge + 1] = from;
    this.cost[edge + 1] = -cost;
    this.edges += 2;
    return edge;
  }

  flowOn(edge: number): number {
    return this.residual[edge ^ 1];
  }

  private indexAdjacency(): void {
    this.start = new Int32Array(this.nodes + 1);
    for (let edge = 0; edge < this.edges; edge++) this.start[this.source[edge] + 1] += 1;
    for (let node = 0; node < this.nodes; node++) this.start[node + 1] += this.start[node];
    const filled = this.start.slice(0, this.nodes);
    this.adjacent = new Int32Array(this.edges);
    for (let edge = 0; edge < this.edges; edge++) this.adjacent[filled[this.source[edge]]++] = edge;
  }

  /** Sends as much flow as possible from `source` to `sink`, as cheaply as possible; returns the amount. */
  maximiseFlow(source: number, sink: number): number {
    this.indexAdjacency();
    const potential = this.startingPotentials(source);
    let total = 0;
    for (;;) {
      const distance = this.reducedDistances(source, potential);
      const toSink = distance[sink];
      if (toSink === Infinity) return total;
      for (let node = 0; node < this.nodes; node++) potential[node] += Math.min(distance[node], toSink);
      total += this.pushAlongShortestPaths(source, sink, potential);
    }
  }

  /** Shortest distances by Bellman–Ford, so reduced costs start non-negative; unreachable nodes get 0. */
  private startingPotentials(source: number): number[] {
    const distance = new Array<number>(this.nodes).fill(Infinity);
    distance[source] = 0;
    for (let round = 0; round < this.nodes; round++) {
      let changed = false;
      for (let edge = 0; edge < this.edges; edge++) {
        if (this.residual[edge] === 0) continue;
        const from = this.source[edge];
        const through = distance[from] + this.cost[edge];
        if (through < distance[this.target[edge]]) {
          distance[this.target[edge]] = through;
          changed = true;
        }
      }
      if (!changed) return distance.map((value) => (value === Infinity ? 0 : value));
    }
    throw new RangeError('the network has a negative cycle');
  }

  /** Dijkstra over edges with residual capacity, on costs reduced by the potentials (all >= 0). */
  private reducedDistances(source: number, potential: readonly number[]): number[] {
    const distance = new Array<number>(this.nodes).fill(Infinity);
    const done = new Uint8Array(this.nodes);
    const heap = new MinHeap();
    distance[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const node = heap.popNode();
      if (done[node]) continue;
      done[node] = 1;
      const base = distance[node] + potential[node];
      for (let at = this.start[node]; at < this.start[node + 1]; at++) {
        const edge = this.adjacent[at];
        if (this.residual[edge] === 0) continue;
        const next = this.target[edge];
        const through = base + this.cost[edge] - potential[next];
        if (through < distance[next]) {
          distance[next] = through;
          heap.push(through, next);
        }
      }
    }
    return distance;
  }

  /** An edge lies on a shortest path when it has room and its reduced cost is 0. */
  private isTight(edge: number, potential: readonly number[]): boolean {
    return (
      this.residual[edge] > 0 && this.cost[edge] + potential[this.source[edge]] - potential[this.target[edge]] === 0
    );
  }

  /** Dinic's algorithm restricted to tight edges: a maximum flow along the current shortest paths. */
  private pushAlongShortestPaths(source: number, sink: number, potential: readonly number[]): number {
    let total = 0;
    for (;;) {
      const level = new Int32Array(this.nodes).fill(-1);
      level[source] = 0;
      const queue = [source];
      for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        for (let at = this.start[node]; at < this.start[node + 1]; at++) {
          const edge = this.adjacent[at];
          const next = this.target[edge];
          if (level[next] < 0 && this.isTight(edge, potential)) {
            level[next] = level[node] + 1;
            queue.push(next);
          }
        }
      }
      if (level[sink] < 0) return total;
      const nextArc = this.start.slice(0, this.nodes);
      const push = (node: number, limit: number): number => {
        if (node === sink) return limit;
        const end = this.start[node + 1];
        let sent = 0;
        for (; nextArc[node] < end; nextArc[node]++) {
          const edge = this.adjacent[nextArc[node]];
          const next = this.target[edge];
          if (level[next] !== level[node] + 1 || !this.isTight(edge, potential)) continue;
          const pushed = push(next, Math.min(limit - sent, this.residual[edge]));
          this.residual[edge] -= pushed;
          this.residual[edge ^ 1] += pushed;
          sent += pushed;
          if (sent === limit) return sent;
        }
        return sent;
      };
      total += push(source, Infinity);
    }
  }
}

/** A binary heap of (key, node) pairs, smallest key first; stale entries are skipped by the caller. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    let at = this.keys.length;
    this.keys.push(key);
    this.nodes.push(node);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[at] = this.keys[parent];
      this.nodes[at] = this.nodes[parent];
      at = parent;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
  }

  popNode(): number {
    const top = this.nodes[0];
    const lastKey = this.keys.pop() as number;
    const lastNode = this.nodes.pop() as number;
    const size = this.keys.length;
    if (size === 0) return top;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.keys[child + 1] < this.keys[child]) child += 1;
      if (this.keys[child] >= lastKey) break;
      this.keys[at] = this.keys[child];
      this.nodes[at] = this.nodes[child];
      at = child;
    }
    this.keys[at] = lastKey;
    this.nodes[at] = lastNode;
    return top;
  }
}
