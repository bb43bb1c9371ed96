import { Get, JsonController, NotFoundError, Param, Post } from 'routing-controllers';
import { Service } from 'typedi';
import { NoteService } from '../services/NoteService';

@JsonController('/notebooks/:notebookId/notes')
@Service()
export class NoteController {
  constructor(private readonly notes: NoteService) {}

  @Get('/')
  list(@Param('notebookId') notebookId: number) {
    return this.notes.list(notebookId);
  }

  @Post('/:id/pin')
  async pin(@Param('notebookId') notebookId: number, @Param('id') id: number) {
    const note = await this.notes.togglePin(notebookId, id);
    if (!note) throw new NotFoundError('Note not found');
    return note;
  }
}
