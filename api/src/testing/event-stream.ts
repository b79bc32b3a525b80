/** One server-sent event as received. */
export interface ReceivedEvent {
  event: string;
  data: string;
}

/**
 * A server-sent event stream read over real HTTP, one event at a time (an injected request has no
 * socket to stream on).
 */
export interface EventStreamReader {
  status: number;
  /** The answer's body when it refused the stream (not 2xx). */
  refusal: string | null;
  /** The next event; rejects if none comes within `timeoutMs`. */
  next(timeoutMs?: number): Promise<ReceivedEvent>;
  close(): Promise<void>;
}

export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamReader> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const refusal = response.ok ? null : await response.text();
  const reader = response.ok ? response.body?.getReader() : undefined;
  const decoder = new TextDecoder();
  let buffer = '';
  const next = async (timeoutMs = 5000): Promise<ReceivedEvent> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = parseEvent(block);
        if (event) return event;
        continue;
      }
      if (!reader) throw new Error(`no event stream (HTTP ${response.status})`);
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no event in time')), Math.max(0, deadline - Date.now())),
        ),
      ]);
      if (chunk.done) throw new Error('the stream ended');
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
  return {
    status: response.status,
    refusal,
    next,
    close: async () => {
      abort.abort();
      await reader?.cancel().catch(() => undefined);
    },
  };
}

/** A block of `field: value` lines; comments (keep-alives) are no event. */
function parseEvent(block: string): ReceivedEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null;
}
