export interface WeekSummary {
  person: string;
  totalMinutes: number;
  rows: { id: number; day: string; minutes: number; project: { code: string; name: string } }[];
}

const BASE = import.meta.env.VITE_API_URL ?? '/api';

export async function fetchWeek(person: string, monday: string): Promise<WeekSummary> {
  const res = await fetch(`${BASE}/timesheets/${encodeURIComponent(person)}/weeks/${monday}`);
  if (!res.ok) throw new Error(`Failed to load week: ${res.status}`);
  return res.json();
}

export async function logTime(person: string, project: string, day: string, minutes: number) {
  const res = await fetch(`${BASE}/timesheets/${encodeURIComponent(person)}/entries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ project, day, minutes }),
  });
  if (!res.ok) throw new Error(await res.text());
  return res.json();
}
