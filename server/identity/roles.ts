export const ROLES = ['user', 'vip', 'dealer', 'moderator', 'admin', 'superadmin'] as const;
export type Role = (typeof ROLES)[number];

/** Exactly one of the roles (case and spaces count). */
export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const isAdminRole = (role: Role | undefined): boolean => role === 'admin' || role === 'superadmin';
