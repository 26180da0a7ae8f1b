// Every entity of every domain, in one list for the ORM. Only imports.
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { Article } from '../cms/article.entity.ts';
import { Consent } from '../consent/consent.entity.ts';
import { Document } from '../documents/document.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { LoginChallenge } from '../identity/login-challenge.entity.ts';
import { Session } from '../identity/session.entity.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';

export const entities = [User, Session, LoginChallenge, Consent, AuditEvent, Vehicle, ServiceEntry, Document, EntryDocument, Article];
