// Rules for this provider family are being written; see rules/github.ts for the shape.
export {};
