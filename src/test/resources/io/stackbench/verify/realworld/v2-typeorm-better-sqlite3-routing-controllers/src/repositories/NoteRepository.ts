import { AppDataSource } from '../data-source';
import { Note } from '../entities/Note';

export const NoteRepository = AppDataSource.getRepository(Note).extend({
  inNotebook(notebookId: number) {
    return this.createQueryBuilder('note')
      .where('note.notebookId = :notebookId', { notebookId })
      .orderBy('note.pinned', 'DESC')
      .addOrderBy('note.createdAt', 'DESC')
      .getMany();
  },

  findOneInNotebook(notebookId: number, id: number) {
    return this.findOne({ where: { id, notebook: { id: notebookId } } });
  },
});
