import type { TimeEntryRepository } from '../repositories/timeEntryRepository';

export class UnknownProjectError extends Error {}

export class TimesheetService {
  constructor(private readonly entries: TimeEntryRepository) {}

  async log(person: string, projectCode: string, day: string, minutes: number) {
    if (minutes <= 0 || minutes > 24 * 60) throw new RangeError('minutes out of range');
    const project = await this.entries.projectByCode(projectCode);
    if (!project) throw new UnknownProjectError(projectCode);
    return this.entries.add(project, person, day, minutes);
  }

  async week(person: string, monday: string) {
    const sunday = new Date(Date.parse(monday) + 6 * 86_400_000).toISOString().slice(0, 10);
    const rows = await this.entries.forWeek(person, monday, sunday);
    return { person, totalMinutes: rows.reduce((sum, r) => sum + r.minutes, 0), rows };
  }
}
