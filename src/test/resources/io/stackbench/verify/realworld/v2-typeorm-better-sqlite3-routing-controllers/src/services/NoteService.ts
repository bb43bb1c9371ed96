import { Service } from 'typedi';
import { NoteRepository } from '../repositories/NoteRepository';

@Service()
export class NoteService {
  list(notebookId: number) {
    return NoteRepository.inNotebook(notebookId);
  }

  async togglePin(notebookId: number, id: number) {
    const note = await NoteRepository.findOneInNotebook(notebookId, id);
    if (!note) return undefined;
    note.pinned = !note.pinned;
    return NoteRepository.save(note);
  }
}
