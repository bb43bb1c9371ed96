import { useEffect, useState } from 'react';
import { fetchWeek, type WeekSummary } from '../services/timesheetApi';

export function WeekTable({ person, monday }: { person: string; monday: string }) {
  const [week, setWeek] = useState<WeekSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchWeek(person, monday).then(setWeek).catch((e: Error) => setError(e.message));
  }, [person, monday]);

  if (error) return <p role="alert">{error}</p>;
  if (!week) return <p>Loading…</p>;
  return (
    <table>
      <tbody>
        {week.rows.map((r) => (
          <tr key={r.id}><td>{r.day}</td><td>{r.project.name}</td><td>{(r.minutes / 60).toFixed(2)} h</td></tr>
        ))}
      </tbody>
      <tfoot><tr><td colSpan={2}>Total</td><td>{(week.totalMinutes / 60).toFixed(2)} h</td></tr></tfoot>
    </table>
  );
}
