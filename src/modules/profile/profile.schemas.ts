import { z } from 'zod';

const RegionLevel = z.enum(['province', 'city', 'county', 'zone']);

export const ProfileDepartment = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, '部门代码只能使用小写字母、数字和连字符'),
  name: z.string().min(2),
  shortName: z.string().min(2),
  functions: z.array(z.string()).min(1),
  kind: z.string(),
  region: z.string(),
  member: z.boolean(),
  operator: z.boolean(),
});

const Estimate = z.object({ value: z.number().int().nonnegative(), note: z.string() });

/** A deployment profile: one file per city (or county, or province); another city is a new file. */
export const Profile = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  siteName: z.string(),
  platformName: z.string(),
  operatorDepartment: z.string(),
  creditLeadDepartment: z.string(),
  node: z.object({
    role: z.enum(['county', 'city', 'province']),
    parent: z.object({ name: z.string(), region: z.string() }).optional(),
  }),
  region: z.object({
    code: z.string().regex(/^\d{6}$/),
    name: z.string(),
    level: RegionLevel,
    parent: z.object({ code: z.string(), name: z.string(), level: RegionLevel }).optional(),
  }),
  subUnits: z.array(z.object({ code: z.string(), name: z.string(), level: RegionLevel, shortName: z.string().optional() })),
  historicRegionCodes: z.array(z.string().regex(/^\d{6}$/)),
  departments: z.array(ProfileDepartment).min(1),
  indicators: z.object({
    source: z.string(),
    population: Estimate.extend({ source: z.string() }).omit({ note: true }),
    estimates: z.object({
      enterprises: Estimate,
      individualBusinesses: Estimate,
      nonEnterprise: Estimate,
      keyGroups: Estimate,
    }),
    targets: z.record(z.string(), z.record(z.string(), z.number())),
  }),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileDepartment = z.infer<typeof ProfileDepartment>;
