#!/usr/bin/env perl
# Reads C++ files whole and looks at each statement (up to its ';', across lines) that holds
# SQL: a value spliced into the text is reported with its file and line. Fragments of SQL
# may be joined (a WHERE built from fixed conditions); values may not:
#   "... name = '" + name      a literal that ends in a value position, then concatenation
#   "... id = %1").arg(id)     an .arg() placeholder in a value position, or quoted '%1'
#   QString::number(...)       a number turned into SQL text (outside "PRAGMA x = ")
use strict;
use warnings;

my $sql = qr/\b(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|PRAGMA)\b/;
my $valuePosition = qr/(?:=|<>|!=|<=|>=|<|>|\bLIKE|\bIN\s*\(|\bVALUES\s*\()\s*'?/i;
my $status = 0;
for my $file (@ARGV) {
    open(my $fh, '<', $file) or die "$file: $!";
    local $/;
    my $text = <$fh>;
    close $fh;
    # Comments say why, and may quote SQL; they are no statement.
    (my $code = $text) =~ s{//[^\n]*}{}g;
    while ($code =~ /([^;{}]*;)/g) {
        my $statement = $1;
        next unless $statement =~ $sql;
        # A pragma takes no bound parameters: a number made with QString::number is the one
        # thing that may follow its '='.
        next if $statement =~ /"PRAGMA\s+\w+\s*=\s*"\s*\)?\s*\+\s*QString::number\(/;
        my $reason;
        if ($statement =~ /$valuePosition"\s*\)?\s*(?:\+|%)\s*(?!Q(?:String|Latin1String)(?:Literal)?\(")[A-Za-z_]/) {
            $reason = 'a value concatenated into SQL text';
        } elsif ($statement =~ /(?:$valuePosition%\d|'%\d')/) {
            $reason = 'an .arg() placeholder where a value belongs';
        } elsif ($statement =~ /QString::number/) {
            $reason = 'QString::number in SQL text';
        }
        next unless $reason;
        my $line = 1 + (() = substr($code, 0, pos($code) - length($statement)) =~ /\n/g);
        $line++ while substr($statement, 0, 1) eq "\n" && ($statement = substr($statement, 1));
        print "$file:$line: $reason: bind it with ? instead\n";
        $status = 1;
    }
}
exit $status;
