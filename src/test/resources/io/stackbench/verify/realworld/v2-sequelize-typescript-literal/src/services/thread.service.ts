import { threadRepository } from '../repositories/thread.repository';

export class ThreadNotFound extends Error {}

export const threadService = {
  frontPage(showLocked = false) {
    return threadRepository.listWithCommentCounts(30, showLocked);
  },

  async lock(id: number) {
    const thread = await threadRepository.findById(id);
    if (!thread) throw new ThreadNotFound(`thread ${id}`);
    return thread.locked ? thread : threadRepository.lock(thread);
  },
};
