import type { EntityManager } from '@mikro-orm/sql';
import { User } from '../identity/user.entity.ts';
import { Article, type ArticleKind } from './article.entity.ts';

const SEED: { kind: ArticleKind; slug: string; title: string; excerpt: string; body: string }[] = [
  {
    kind: 'news',
    slug: 'service-heft-4-0-startet',
    title: 'Service Heft 4.0 startet',
    excerpt: 'Das digitale Serviceheft von LifeTimeCircle ist da: Nachweise statt Behauptungen.',
    body: [
      '## Nachweise statt Behauptungen',
      '',
      'Mit **Service Heft 4.0** dokumentieren Sie Wartung, Reparaturen und Prüfungen Ihres Fahrzeugs digital',
      'und belegen jeden Eintrag mit Rechnungen, Fotos oder Gutachten.',
      '',
      '- Zeitleiste mit Versionen statt überschriebener Einträge',
      '- Dokumente werden geprüft, bevor sie als Nachweis zählen',
      '- Eine öffentliche Seite per QR-Code zeigt nur die Trust-Ampel, keine persönlichen Daten',
    ].join('\n'),
  },
  {
    kind: 'blog',
    slug: 'was-die-trust-ampel-bewertet',
    title: 'Was die Trust-Ampel bewertet – und was nicht',
    excerpt: 'Die Ampel bewertet die Qualität der Dokumentation, nicht den technischen Zustand.',
    body: [
      'Die Trust-Ampel fasst zusammen, wie gut die Geschichte eines Fahrzeugs **belegt** ist.',
      '',
      '> Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.',
      '',
      'Grün wird sie, wenn Einträge vollständig sind und geprüfte Nachweise vorliegen.',
    ].join('\n'),
  },
  {
    kind: 'blog',
    slug: 'fahrzeug-sicher-uebergeben',
    title: 'Fahrzeug sicher übergeben',
    excerpt: 'Beim Verkauf wandert die komplette Historie mit dem Fahrzeug zum neuen Besitzer.',
    body: [
      'Beim Verkauf erstellen Sie eine **Übergabe**. Der neue Besitzer löst den einmaligen Code ein,',
      'und die Historie samt Nachweisen gehört ab dann zu seinem Konto.',
      '',
      'Mehr dazu in den [häufigen Fragen](/faq).',
    ].join('\n'),
  },
];

/**
 * Publishes the seed articles under the oldest superadmin (or admin) account. Idempotent: an
 * article whose kind and slug already exist is left alone. Returns how many were created.
 */
export async function seedArticles(em: EntityManager): Promise<number> {
  const users = em.getRepository(User);
  const author = (await users.oldestWithRole('superadmin')) ?? (await users.oldestWithRole('admin'));
  if (!author) throw new Error('No superadmin or admin account yet: sign in once with LTC_BOOTSTRAP_SUPERADMIN_EMAIL, then seed.');
  let created = 0;
  for (const seed of SEED) {
    if (await em.getRepository(Article).hasSlug(seed.kind, seed.slug)) continue;
    const now = new Date();
    em.create(Article, { ...seed, author: author.id, state: 'published', reviewedAt: now, reviewedBy: author.id, reviewApproved: true, publishedAt: now });
    created += 1;
  }
  await em.flush();
  return created;
}
