import type { EntityManager } from '@mikro-orm/postgresql';
import { Project } from '../entities/Project';
import { TimeEntry } from '../entities/TimeEntry';

export class TimeEntryRepository {
  constructor(private readonly em: EntityManager) {}

  projectByCode(code: string) {
    return this.em.findOne(Project, { code });
  }

  forWeek(person: string, from: string, to: string) {
    return this.em.find(TimeEntry, { person, day: { $gte: from, $lte: to } }, { populate: ['project'], orderBy: { day: 'asc' } });
  }

  async add(project: Project, person: string, day: string, minutes: number) {
    const entry = this.em.create(TimeEntry, { project, person, day, minutes });
    await this.em.persistAndFlush(entry);
    return entry;
  }
}
