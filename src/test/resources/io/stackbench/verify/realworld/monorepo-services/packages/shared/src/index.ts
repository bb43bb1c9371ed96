export interface ApiErrorBody {
  errors: Record<string, string[]>;
}

export function slugify(title: string): string {
  return title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
}

export function apiError(field: string, message: string): ApiErrorBody {
  return { errors: { [field]: [message] } };
}
