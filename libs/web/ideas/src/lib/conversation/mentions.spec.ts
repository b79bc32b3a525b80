import { insertMention, mentionAt, mentionedIn } from './mentions';

describe('mentions while typing', () => {
  it('finds the name being typed after an @ at the caret, up to two words', () => {
    expect(mentionAt('Ask @gra', 8)).toEqual({ start: 4, prefix: 'gra' });
    expect(mentionAt('@Grace Ho', 9)).toEqual({ start: 0, prefix: 'Grace Ho' });
    expect(mentionAt('Ask @gra about it', 8)).toEqual({ start: 4, prefix: 'gra' });
  });

  it('sees no mention in mail addresses, after a finished name, or with the caret elsewhere', () => {
    expect(mentionAt('mail ada@example.org', 20)).toBeNull();
    expect(mentionAt('@Grace Hopper said', 18)).toBeNull();
    expect(mentionAt('Ask @gra', 3)).toBeNull();
    expect(mentionAt('Ask @', 5)).toBeNull();
  });

  it('replaces the typed part by the chosen name and puts the caret after it', () => {
    const mention = { start: 4, prefix: 'gra' };
    expect(insertMention('Ask @gra about it', 8, mention, 'Grace Hopper')).toEqual({
      text: 'Ask @Grace Hopper about it',
      caret: 18,
    });
  });

  it('mentions only the chosen people still named in the text, each once', () => {
    const grace = { id: 'u-2', name: 'Grace Hopper' };
    const alan = { id: 'u-3', name: 'Alan Turing' };
    expect(mentionedIn('@Grace Hopper and @Grace Hopper again', [grace, alan, grace])).toEqual(['u-2']);
    expect(mentionedIn('Nobody here', [grace])).toEqual([]);
  });
});
