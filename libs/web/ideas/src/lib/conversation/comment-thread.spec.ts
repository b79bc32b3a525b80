import { aComment } from '../../testing/idea-fixtures';
import { threadOf, withComment } from './comment-thread';

describe('comment threads', () => {
  const question = aComment({ id: 'a' });
  const reply = aComment({ id: 'b', parentId: 'a', depth: 1 });
  const replyToReply = aComment({ id: 'c', parentId: 'b', depth: 2 });
  const other = aComment({ id: 'd' });

  it('nests replies under what they answer, keeping the order', () => {
    const thread = threadOf([question, reply, other, replyToReply]);
    expect(thread.map((node) => node.comment.id)).toEqual(['a', 'd']);
    expect(thread[0].replies[0].comment.id).toBe('b');
    expect(thread[0].replies[0].replies[0].comment.id).toBe('c');
  });

  it('keeps a reply whose parent it does not know at the top', () => {
    expect(threadOf([reply]).map((node) => node.comment.id)).toEqual(['b']);
  });

  it('replaces a known comment in place and adds a new one at the end', () => {
    const edited = { ...question, helpful: 2 };
    expect(withComment([question, other], edited)).toEqual([edited, other]);
    expect(withComment([question], other)).toEqual([question, other]);
  });
});
