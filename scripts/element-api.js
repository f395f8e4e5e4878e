// The element's public API as the framework types and editor data need it: names, descriptions and
// defaults from custom-elements.json (written from the JSDoc), and the values an attribute may take
// from the built declarations (the manifest names a type alias such as `Numerals`; TypeScript knows
// it is 'latn' | 'arab').
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The one custom element the manifest declares, and the package's name and version. */
function readDeclaration(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
  if (declarations.length !== 1) {
    throw new Error(`expected one custom element in ${manifestPath}, found ${declarations.length}`);
  }
  return declarations[0];
}

/** The declarations `entry` (a .d.ts) exports, as TypeScript's checker sees them. */
function openDeclarations(entry) {
  const program = ts.createProgram([entry], {
    skipLibCheck: true,
    noEmit: true,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}: build first`);
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source));
  /** The type an exported class's instances or an exported interface has. */
  const declaredType = (name) => {
    let symbol = exported.find((candidate) => candidate.name === name);
    if (!symbol) throw new Error(`${entry} does not export ${name}`);
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return checker.getDeclaredTypeOfSymbol(symbol);
  };
  return { checker, declaredType };
}

/** For each property name, its string literals if its type (without undefined) is a union of them. */
function literalValues({ checker, declaredType }, className, propertyNames) {
  const instance = declaredType(className);
  const values = new Map();
  for (const name of propertyNames) {
    const property = instance.getProperty(name);
    if (!property) throw new Error(`${className} has no property ${name}, which the manifest lists`);
    const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    const members = type.isUnion() ? type.types : [type];
    if (members.every((member) => member.isStringLiteral())) {
      values.set(
        name,
        members.map((member) => member.value),
      );
    }
  }
  return values;
}

/** Throws unless the manifest's `@fires` and the typed event map name the same events. */
function checkEventMap({ declaredType }, mapName, eventNames) {
  const typed = declaredType(mapName)
    .getProperties()
    .map((property) => property.name);
  const untyped = eventNames.filter((name) => !typed.includes(name));
  const undocumented = typed.filter((name) => !eventNames.includes(name));
  if (untyped.length || undocumented.length) {
    throw new Error(
      `the element's @fires and ${mapName} differ: not in the map ${untyped.join(', ') || '-'}; ` +
        `not in @fires ${undocumented.join(', ') || '-'}`,
    );
  }
}

/**
 * What the generators need: the tag, its attributes (with their literal values), the properties a
 * framework may set (public, writable fields), the events, slots, CSS parts and custom properties.
 */
export function readElementApi({ manifestPath, declarationsEntry, eventMapName }) {
  const element = readDeclaration(manifestPath);
  const fields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly,
  );
  const declarations = openDeclarations(declarationsEntry);
  const values = literalValues(
    declarations,
    element.name,
    fields.map((field) => field.name),
  );
  checkEventMap(
    declarations,
    eventMapName,
    (element.events ?? []).map((event) => event.name),
  );
  const describe = (item) => (item.description ?? '').replace(/\s*\n\s*/g, ' ').trim();
  return {
    tagName: element.tagName,
    className: element.name,
    summary: element.summary ?? '',
    description: describe(element),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      fieldName: attribute.fieldName,
      description: describe(attribute),
      type: attribute.type?.text ?? 'string',
      default: attribute.default,
      values: values.get(attribute.fieldName) ?? null,
    })),
    properties: fields.map((field) => ({
      name: field.name,
      attribute: field.attribute ?? null,
      description: describe(field),
      type: field.type?.text ?? 'unknown',
      values: values.get(field.name) ?? null,
    })),
    methods: (element.members ?? [])
      .filter((member) => member.kind === 'method' && !member.privacy && !member.static)
      .map((method) => ({ name: method.name, description: describe(method) })),
    events: (element.events ?? []).map((event) => ({
      name: event.name,
      description: describe(event),
      type: event.type?.text ?? 'CustomEvent',
    })),
    slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: describe(slot) })),
    cssParts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: describe(part) })),
    cssProperties: (element.cssProperties ?? []).map((property) => ({
      name: property.name,
      description: describe(property),
      default: property.default,
    })),
  };
}
