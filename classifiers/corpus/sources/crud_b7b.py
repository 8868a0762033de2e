"""Seventh batch of `crud` examples: hand-written, one group per example
("crud/b7b/<lang>/<digest>"). Longer requests: pasted routine app code, stack traces, logs, SQL,
schemas, tickets and coding-agent turns with a fix, extension, test or query task."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "crud"

BY_LANG: dict[str, list[Item]] = {
    "fr": [
        _u("""Voilà mon contrôleur Express, quand je fais un POST sans champ email ça plante avec un 500 au lieu d'un 400. Tu peux ajouter une validation propre (avec zod si possible) ?

```js
const express = require('express');
const router = express.Router();
const db = require('../db');

router.post('/adherents', async (req, res) => {
  const { nom, prenom, email, dateNaissance } = req.body;
  const result = await db.query(
    'INSERT INTO adherents (nom, prenom, email, date_naissance) VALUES ($1, $2, $3, $4) RETURNING *',
    [nom, prenom, email.toLowerCase(), dateNaissance]
  );
  res.status(201).json(result.rows[0]);
});

router.get('/adherents/:id', async (req, res) => {
  const result = await db.query('SELECT * FROM adherents WHERE id = $1', [req.params.id]);
  if (!result.rows.length) return res.sendStatus(404);
  res.json(result.rows[0]);
});

module.exports = router;
```"""),
        _u("""Pourquoi ?

```
django.db.utils.IntegrityError: NOT NULL constraint failed: boutique_commande.client_id
  File "/app/boutique/views.py", line 48, in valider_panier
    commande.save()
  File "/usr/local/lib/python3.11/site-packages/django/db/models/base.py", line 814, in save
    self.save_base(using=using, force_insert=force_insert,
```

la vue en question :

```python
def valider_panier(request):
    panier = Panier.objects.get(session_key=request.session.session_key)
    commande = Commande(total=panier.total())
    commande.save()
    for ligne in panier.lignes.all():
        LigneCommande.objects.create(commande=commande, produit=ligne.produit, qte=ligne.qte)
    return redirect('merci')
```

l'utilisateur est bien connecté pourtant"""),
        _u("""Table existante (PostgreSQL) :

CREATE TABLE reservations (
  id serial PRIMARY KEY,
  salle_id int NOT NULL REFERENCES salles(id),
  debut timestamptz NOT NULL,
  fin timestamptz NOT NULL,
  organisateur text NOT NULL
);

Écris-moi la migration (Alembic) qui ajoute une colonne nb_participants (entier, défaut 1, > 0) et un index sur (salle_id, debut). Et la requête pour trouver les réservations qui se chevauchent dans une même salle."""),
        _u("""Ticket JIRA MAG-214 :
« En tant que gérante de magasin, je veux exporter la liste des produits en rupture de stock au format CSV depuis le back-office, avec la référence, le libellé, le fournisseur et la date de dernière réception, pour pouvoir passer commande. »
Critères d'acceptation :
- bouton « Exporter les ruptures » sur la page Stock
- seuls les produits avec quantite = 0 et actif = true
- séparateur point-virgule, encodage UTF-8 avec BOM (Excel)
On est sur Symfony 6 + Doctrine. Implémente le contrôleur et la méthode du repository stp."""),
        _s(
            """Tu es un agent de code qui travaille dans le dépôt `facturo` (Laravel 10, PHP 8.2, MySQL). Outils disponibles : read_file, write_file, run_tests, search. Respecte PSR-12 et écris des tests Pest pour toute modification.""",
            """Ajoute un champ `reference_client` (nullable, 50 caractères max) au modèle Facture : migration, $fillable, règle de validation dans StoreFactureRequest et affichage dans la vue show. Lance les tests à la fin.""",
        ),
        _u("""J'ai ce composant React pour un formulaire d'inscription à la newsletter, le bouton reste désactivé même quand l'email est valide, je vois pas pourquoi

```jsx
function Newsletter() {
  const [email, setEmail] = useState('');
  const [valide, setValide] = useState(false);

  function onChange(e) {
    setEmail(e.target.value);
    setValide(/^[^@]+@[^@]+[.][a-z]+$/.test(email));
  }

  return (
    <form onSubmit={envoyer}>
      <input type="email" value={email} onChange={onChange} />
      <button disabled={!valide}>S'inscrire</button>
    </form>
  );
}
```"""),
        _m(
            "Salut, je dois écrire des tests pour un service de calcul de frais de port en Java, tu peux m'aider ?",
            "Bien sûr ! Colle la classe et dis-moi quel framework de test vous utilisez (JUnit 5, AssertJ, Mockito ?).",
            """JUnit 5 + AssertJ. Voilà :

```java
public class FraisPortService {
    private final TarifRepository tarifs;

    public FraisPortService(TarifRepository tarifs) { this.tarifs = tarifs; }

    public BigDecimal calculer(Colis colis, String paysCode) {
        if (colis.poidsKg() <= 0) throw new IllegalArgumentException("poids invalide");
        Tarif t = tarifs.findByPays(paysCode)
            .orElseThrow(() -> new PaysNonDesserviException(paysCode));
        BigDecimal base = t.base().add(t.parKg().multiply(BigDecimal.valueOf(colis.poidsKg())));
        if (colis.montantCommande().compareTo(new BigDecimal("80")) >= 0 && paysCode.equals("FR")) {
            return BigDecimal.ZERO;
        }
        return base.setScale(2, RoundingMode.HALF_UP);
    }
}
```
Je veux couvrir tous les cas.""",
        ),
        _u("""Ma requête met 14 secondes sur 2 millions de lignes, pourquoi ? EXPLAIN ci-dessous

SELECT c.nom, SUM(l.montant)
FROM lignes_vente l
JOIN clients c ON c.id = l.client_id
WHERE date_trunc('month', l.date_vente) = '2024-03-01'
GROUP BY c.nom;

Seq Scan on lignes_vente l  (cost=0.00..48211.00 rows=10000 width=14)
  Filter: (date_trunc('month'::text, date_vente) = '2024-03-01 00:00:00'::timestamp)

Il y a pourtant un index sur date_vente."""),
        _u("""Convertis ce petit service Flask en FastAPI avec des modèles Pydantic pour l'entrée et la sortie :

```python
from flask import Flask, request, jsonify
app = Flask(__name__)
LIVRES = {}

@app.route('/livres', methods=['POST'])
def creer():
    data = request.get_json()
    if not data.get('titre'):
        return jsonify(erreur='titre obligatoire'), 400
    nid = len(LIVRES) + 1
    LIVRES[nid] = {'id': nid, 'titre': data['titre'], 'auteur': data.get('auteur'), 'annee': data.get('annee')}
    return jsonify(LIVRES[nid]), 201

@app.route('/livres/<int:nid>')
def lire(nid):
    if nid not in LIVRES:
        return jsonify(erreur='introuvable'), 404
    return jsonify(LIVRES[nid])

@app.route('/livres/<int:nid>', methods=['DELETE'])
def supprimer(nid):
    LIVRES.pop(nid, None)
    return '', 204
```"""),
        _u("""Bonjour, je suis comptable dans une PME, j'ai une macro VBA qui devait copier les factures impayées dans un autre onglet mais elle s'arrête avec « Erreur d'exécution 91 : Variable objet ou variable de bloc With non définie ». Voici le code :

Sub CopierImpayes()
    Dim ws As Worksheet, dest As Worksheet
    Dim i As Long, j As Long
    Set ws = Sheets("Factures")
    j = 2
    For i = 2 To ws.Cells(Rows.Count, 1).End(xlUp).Row
        If ws.Cells(i, 6).Value = "Impayée" Then
            ws.Rows(i).Copy dest.Rows(j)
            j = j + 1
        End If
    Next i
End Sub

Merci d'avance !"""),
        _u("""écris-moi les tests pytest pour cette fonction, avec des cas limites

def normaliser_telephone(num: str) -> str:
    chiffres = ''.join(c for c in num if c.isdigit())
    if chiffres.startswith('33') and len(chiffres) == 11:
        chiffres = '0' + chiffres[2:]
    if len(chiffres) != 10 or not chiffres.startswith('0'):
        raise ValueError(f'numéro invalide : {num}')
    return ' '.join(chiffres[i:i+2] for i in range(0, 10, 2))"""),
        _m(
            "Tu peux m'expliquer ce qu'est un N+1 en ORM ?",
            "C'est quand tu charges une liste de N objets avec une requête, puis que l'accès à une relation déclenche une requête de plus par objet : 1 + N requêtes au total. On corrige avec du chargement anticipé (select_related, JOIN FETCH, include...).",
            """ok et là c'est ça ?

```ruby
@commandes = Commande.where(statut: 'expediee').order(created_at: :desc).limit(50)
```
et dans la vue :
```erb
<% @commandes.each do |c| %>
  <tr><td><%= c.numero %></td><td><%= c.client.nom %></td><td><%= c.lignes.count %></td></tr>
<% end %>
```""",
        ),
        _s(
            "You are a helpful coding assistant embedded in VS Code. Answer concisely and show full code when you change it.",
            """Dans ce service Angular, j'aimerais gérer l'erreur 409 (email déjà utilisé) et afficher un message dans le formulaire au lieu du toast générique :

```ts
@Injectable({ providedIn: 'root' })
export class ComptesService {
  constructor(private http: HttpClient) {}

  creerCompte(payload: NouveauCompte): Observable<Compte> {
    return this.http.post<Compte>('/api/comptes', payload).pipe(
      catchError(err => {
        this.toast.erreur('Une erreur est survenue');
        return throwError(() => err);
      })
    );
  }
}
```""",
        ),
        _u("""Voilà le schéma :
- eleves(id, nom, prenom, classe_id)
- classes(id, libelle, niveau)
- notes(id, eleve_id, matiere, valeur, coefficient, trimestre)

Je suis prof de maths et je bricole un petit outil pour le collège. Il me faut la requête SQL qui donne, pour le trimestre 2, la moyenne pondérée de chaque élève par matière, puis le classement dans sa classe."""),
        _u("""Log de prod d'hier soir, notre cron d'import ne passe plus :

2024-05-12 23:00:04 INFO  import-catalogue start file=catalogue_20240512.csv
2024-05-12 23:00:05 WARN  ligne 1832 : prix vide, ignorée
2024-05-12 23:00:07 ERROR psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "produits_sku_key"
DETAIL:  Key (sku)=(TR-00981) already exists.
2024-05-12 23:00:07 INFO  rollback, 0 lignes importées

C'est censé mettre à jour les produits existants. Comment je fais un upsert avec psycopg2 pour que ça marche ?"""),
        _u("""Ajoute la pagination et un filtre par catégorie à ce resolver GraphQL (Apollo + Prisma) :

```ts
const resolvers = {
  Query: {
    recettes: async (_: unknown, __: unknown, { prisma }: Ctx) => {
      return prisma.recette.findMany({
        include: { ingredients: true, auteur: true },
        orderBy: { creeLe: 'desc' },
      });
    },
  },
};
```
Le schéma actuel c'est `recettes: [Recette!]!`."""),
        _m(
            """J'ai un formulaire Django ModelForm pour des demandes de congés, et je voudrais vérifier que date_fin >= date_debut. Où je mets ça ?""",
            "Dans la méthode clean() du formulaire : tu récupères les deux dates depuis cleaned_data, et si la fin est avant le début tu lèves ValidationError ou tu appelles add_error('date_fin', ...).",
            "et pour interdire plus de 25 jours ouvrés d'un coup ?",
        ),
        _u("""Pourquoi ce test est flaky ? Il passe en local et échoue une fois sur trois en CI

```python
def test_liste_triee_par_date(client, db):
    Article.objects.create(titre='A')
    Article.objects.create(titre='B')
    r = client.get('/api/articles/')
    titres = [a['titre'] for a in r.json()]
    assert titres == ['B', 'A']
```
le viewset fait `Article.objects.order_by('-cree_le')` et cree_le c'est auto_now_add."""),
        _u(
            """bonjour, pouvez-vous écrire un script bash qui parcourt /srv/exports/*.csv, compresse en gzip ceux de plus de 7 jours et supprime ceux de plus de 90 jours, avec un log dans /var/log/menage_exports.log ? c'est pour un petit serveur de notre mutuelle, rien de compliqué"""
        ),
        _u("""Voici mon entité TypeORM, et l'erreur au démarrage :

```ts
@Entity()
export class Abonnement {
  @PrimaryGeneratedColumn() id: number;
  @ManyToOne(() => Utilisateur, u => u.abonnements) utilisateur: Utilisateur;
  @Column() formule: 'mensuel' | 'annuel';
  @Column({ type: 'date' }) debut: Date;
}
```

DataTypeNotSupportedError: Data type "Object" in "Abonnement.formule" is not supported by "postgres" database.

Je comprends pas, c'est juste une chaîne."""),
        _s(
            """Tu es l'assistant interne de l'équipe data de Brasserie Lemarchand. Tu aides à écrire du SQL pour BigQuery et à documenter les tables.""",
            """J'ai besoin du chiffre d'affaires par semaine ISO et par canal (boutique, site, grossiste) sur 2024, table ventes(date_vente DATE, canal STRING, montant_ht NUMERIC). Avec le cumul depuis le début de l'année aussi.""",
        ),
        _u("""Refactore ce code PHP pour utiliser des requêtes préparées PDO au lieu de mysqli et la concaténation, c'est du vieux code d'un site d'association :

<?php
$conn = mysqli_connect('localhost', 'asso', 'xxxx', 'asso');
$nom = $_POST['nom'];
$ville = $_POST['ville'];
$sql = "INSERT INTO benevoles (nom, ville, inscrit_le) VALUES ('$nom', '$ville', NOW())";
mysqli_query($conn, $sql);
$res = mysqli_query($conn, "SELECT * FROM benevoles WHERE ville = '$ville' ORDER BY nom");
while ($row = mysqli_fetch_assoc($res)) {
    echo "<li>" . $row['nom'] . "</li>";
}
?>"""),
        _m(
            "Comment on fait un soft delete propre avec Sequelize ?",
            "Active `paranoid: true` dans la définition du modèle : Sequelize ajoute deletedAt, destroy() le remplit au lieu de supprimer, et les findAll l'excluent automatiquement.",
            "ok et pour restaurer un élément ou lister aussi les supprimés dans l'admin ?",
        ),
        _u("""User story à implémenter (Spring Boot 3, JPA) :

En tant que client de la médiathèque, je veux prolonger l'emprunt d'un document de 14 jours depuis mon espace, une seule fois, et seulement si personne ne l'a réservé.

Règles :
- PATCH /api/emprunts/{id}/prolongation
- 409 si déjà prolongé ou réservé par un autre usager
- 403 si l'emprunt n'appartient pas à l'usager connecté

Donne-moi le contrôleur, le service et les tests du service."""),
        _u("""j'ai cette erreur avec pandas quand je fusionne deux fichiers de l'ERP :

ValueError: You are trying to merge on object and int64 columns. If you wish to proceed you should use pd.concat

code :
clients = pd.read_excel('clients.xlsx')
factures = pd.read_csv('factures.csv', sep=';')
df = factures.merge(clients, left_on='code_client', right_on='code_client')

ça veut dire quoi et je corrige comment ?"""),
        _u("""Explique-moi ce que fait ce trigger et pourquoi il bloque nos mises à jour de stock en masse :

CREATE OR REPLACE FUNCTION maj_historique() RETURNS trigger AS $$
BEGIN
  INSERT INTO stock_historique(produit_id, ancienne_qte, nouvelle_qte, modifie_le)
  VALUES (OLD.produit_id, OLD.qte, NEW.qte, now());
  UPDATE produits SET derniere_modif = now() WHERE id = NEW.produit_id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_stock AFTER UPDATE ON stock FOR EACH ROW EXECUTE FUNCTION maj_historique();"""),
        _u("""Je dois passer ce composant de classe en hooks, et au passage corriger le fetch qui part en boucle :

class ListeTaches extends React.Component {
  state = { taches: [], filtre: 'toutes' };
  componentDidMount() { this.charger(); }
  componentDidUpdate() { this.charger(); }
  charger() {
    fetch('/api/taches?filtre=' + this.state.filtre)
      .then(r => r.json())
      .then(taches => this.setState({ taches }));
  }
  render() {
    return (
      <div>
        <select value={this.state.filtre} onChange={e => this.setState({ filtre: e.target.value })}>
          <option value="toutes">Toutes</option>
          <option value="faites">Faites</option>
        </select>
        <ul>{this.state.taches.map(t => <li key={t.id}>{t.libelle}</li>)}</ul>
      </div>
    );
  }
}"""),
        _s(
            """Agent de développement pour le dépôt `rdv-kine` (Next.js 14 App Router, Prisma, SQLite en dev). Tu peux lire et modifier les fichiers, lancer `pnpm test` et `pnpm lint`. Fais des commits atomiques.""",
            "Le formulaire de prise de rendez-vous accepte des dates dans le passé. Ajoute la validation côté serveur dans l'action `creerRdv` et côté client, plus un test.",
        ),
        _m(
            "Tu peux m'écrire un modèle SQLAlchemy pour des véhicules de flotte d'entreprise ?",
            "Voici une base : classe Vehicule avec id, immatriculation (unique), marque, modele, date_mise_en_service, kilometrage, et une relation vers Affectation (conducteur, dates).",
            """parfait. maintenant j'ai ça qui sort quand je lance l'appli :

sqlalchemy.exc.InvalidRequestError: When initializing mapper Mapper[Vehicule(vehicules)], expression 'Affectation' failed to locate a name ('Affectation'). If this is a class name, consider adding this relationship() to the <class 'app.models.Vehicule'> class after both dependent classes have been defined.

les deux classes sont dans des fichiers différents""",
        ),
        _u("""Ajoute un endpoint d'export Excel à ce ViewSet DRF, avec les colonnes date, client, montant TTC, et qui respecte les mêmes filtres que la liste :

class DevisViewSet(viewsets.ModelViewSet):
    serializer_class = DevisSerializer
    filter_backends = [DjangoFilterBackend, filters.OrderingFilter]
    filterset_fields = ['statut', 'commercial']
    ordering_fields = ['date_emission', 'montant_ttc']

    def get_queryset(self):
        return Devis.objects.select_related('client').filter(agence=self.request.user.agence)"""),
        _u(
            """Formule Google Sheets : colonne A = date d'intervention, B = technicien, C = durée en minutes. Je veux dans un autre onglet le total d'heures par technicien et par mois, mis à jour automatiquement. QUERY ou TCD ?"""
        ),
        _u("""Voici l'erreur quand je lance `php artisan migrate` sur le serveur de recette :

SQLSTATE[42000]: Syntax error or access violation: 1071 Specified key was too long; max key length is 1000 bytes (SQL: alter table `users` add unique `users_email_unique`(`email`))

En local ça marche. C'est un MySQL 5.6 là-bas je crois. Que faire ?"""),
        _u(
            """C'est quoi la différence entre `save()` et `saveAndFlush()` dans Spring Data JPA ? On a un test d'intégration qui vérifie une contrainte unique et il ne lève jamais l'exception attendue avec save()."""
        ),
        _m(
            "Je fais une API de gestion de stocks pour un labo de biologie en Go avec chi et sqlx.",
            "Bon choix, léger et explicite. Tu veux qu'on commence par quoi : les modèles, les handlers, ou le schéma SQL ?",
            """les handlers. voilà ce que j'ai pour la liste, il manque la création avec validation (nom non vide, quantité >= 0, unité parmi mL/g/unité) :

```go
func (h *Handler) ListReactifs(w http.ResponseWriter, r *http.Request) {
    var items []Reactif
    if err := h.db.Select(&items, "SELECT id, nom, quantite, unite FROM reactifs ORDER BY nom"); err != nil {
        http.Error(w, err.Error(), 500)
        return
    }
    json.NewEncoder(w).Encode(items)
}
```""",
        ),
        _u(
            """Écris la migration Flyway (V12__...) pour découper la colonne `adresse` (texte libre) de la table `clients` en `rue`, `code_postal`, `ville`. Les adresses sont du style « 12 rue des Lilas, 69003 Lyon ». On garde l'ancienne colonne pour l'instant."""
        ),
        _u("""Pourquoi mon useEffect renvoie "Warning: Can't perform a React state update on an unmounted component" ? Stack :

Warning: Can't perform a React state update on an unmounted component. This is a no-op, but it indicates a memory leak in your application.
    at FicheProduit (webpack-internal:///./src/pages/FicheProduit.jsx:12:5)

useEffect(() => {
  fetch(`/api/produits/${id}`).then(r => r.json()).then(setProduit);
}, [id]);"""),
        _s(
            "Tu es un tuteur de programmation pour des étudiants de BTS SIO. Tu expliques pas à pas, sans donner directement la solution complète sauf si on la demande.",
            """Je dois faire un CRUD en C# WinForms sur une base SQL Server pour gérer des étudiants (ajouter, modifier, supprimer, lister dans un DataGridView). J'ai fait l'affichage mais quand je clique sur Modifier rien ne change en base :

private void btnModifier_Click(object sender, EventArgs e)
{
    using var cn = new SqlConnection(chaine);
    var cmd = new SqlCommand("UPDATE Etudiant SET Nom=@nom WHERE Id=@id", cn);
    cmd.Parameters.AddWithValue("@nom", txtNom.Text);
    cmd.Parameters.AddWithValue("@id", dgv.CurrentRow.Cells[0].Value);
    cmd.ExecuteNonQuery();
}""",
        ),
        _u("""Mon endpoint renvoie 422 Unprocessable Entity avec FastAPI et je vois pas ce qui cloche :

{"detail":[{"type":"missing","loc":["body","quantite"],"msg":"Field required","input":{"produit_id":3,"qty":2}}]}

Le front envoie `qty`, le modèle s'appelle `quantite`. Je peux accepter les deux noms sans changer le front ?"""),
        _u("""Je dois ajouter des tests Jest pour ce reducer Redux de panier, il y a les actions ajouter, retirer, vider et changerQuantite :

export function panierReducer(state = { lignes: [] }, action) {
  switch (action.type) {
    case 'panier/ajouter': {
      const ex = state.lignes.find(l => l.id === action.produit.id);
      if (ex) return { lignes: state.lignes.map(l => l.id === ex.id ? { ...l, qte: l.qte + 1 } : l) };
      return { lignes: [...state.lignes, { ...action.produit, qte: 1 }] };
    }
    case 'panier/retirer':
      return { lignes: state.lignes.filter(l => l.id !== action.id) };
    case 'panier/changerQuantite':
      return { lignes: state.lignes.map(l => l.id === action.id ? { ...l, qte: action.qte } : l) };
    case 'panier/vider':
      return { lignes: [] };
    default:
      return state;
  }
}

Et dis-moi si tu vois un bug (qte à 0 ?)."""),
        _u(
            "Corrige le VLOOKUP : =RECHERCHEV(A2;Tarifs!A:C;3) me renvoie le mauvais prix pour certaines références, alors que le code existe bien dans l'onglet Tarifs."
        ),
        _s(
            "Tu es un agent de code dans le dépôt `cantine-scolaire` (Django 5, pytest). Outils : lire, écrire, exécuter. Écris les tests avant le code.",
            "Ajoute l'export PDF du menu de la semaine (une page, jours en colonnes) sur /menus/<semaine>/pdf, avec WeasyPrint qui est déjà dans les dépendances.",
        ),
        _s(
            "Assistant développeur de l'agence immobilière Roussel & Fils. Stack : WordPress + plugin maison en PHP 8.",
            'Le shortcode [biens_a_vendre] affiche tous les biens, même ceux marqués vendus. Voilà la requête : $wpdb->get_results("SELECT * FROM {$wpdb->prefix}biens ORDER BY prix"); Corrige-la avec un filtre statut et une pagination de 12 par page.',
        ),
        _m(
            "tu connais Prisma ?",
            "Oui, l'ORM TypeScript. Qu'est-ce qu'il te faut ?",
            "une relation un-à-un entre Utilisateur et Profil, où le profil est créé en même temps que l'utilisateur dans une seule requête create",
        ),
    ],
    "ru": [
        _u("""Почему падает? Вот трейс:

```
org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: ru.kvartal.model.Dom.kvartiry: could not initialize proxy - no Session
	at org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)
	at ru.kvartal.web.DomController.kartochka(DomController.java:41)
```

контроллер:

```java
@GetMapping("/doma/{id}")
public String kartochka(@PathVariable Long id, Model model) {
    Dom dom = domService.najti(id);
    model.addAttribute("dom", dom);
    model.addAttribute("chisloKvartir", dom.getKvartiry().size());
    return "dom";
}
```
spring.jpa.open-in-view у нас выключен."""),
        _u("""Есть таблицы:

CREATE TABLE sotrudniki (id bigserial PK, fio text, otdel_id int, prinyat date, uvolen date NULL);
CREATE TABLE otdely (id serial PK, nazvanie text, rukovoditel_id bigint);
CREATE TABLE otpuska (id bigserial PK, sotrudnik_id bigint, s date, po date, tip text);

Напиши запрос: по каждому отделу число работающих сотрудников и сколько дней отпуска они суммарно взяли в 2024 году. Уволенных не считать."""),
        _s(
            """Ты — агент для работы с репозиторием `sklad-api` (Python 3.12, FastAPI, SQLAlchemy 2.0, Alembic, pytest). Инструменты: read_file, edit_file, run("pytest -q"). Перед изменением кода прочитай соответствующие файлы.""",
            "Добавь эндпоинт PATCH /tovary/{id}/ostatok, который меняет остаток на складе на дельту (может быть отрицательной), но не даёт уйти в минус — тогда 409. Напиши тесты.",
        ),
        _u("""Переведи этот код с jQuery на чистый JS, и заодно добавь проверку, что телефон в формате +7XXXXXXXXXX, прежде чем отправлять:

$('#forma-zayavki').on('submit', function (e) {
  e.preventDefault();
  var dannye = {
    imya: $('#imya').val(),
    telefon: $('#telefon').val(),
    kommentariy: $('#kommentariy').val()
  };
  $.ajax({
    url: '/api/zayavki',
    method: 'POST',
    contentType: 'application/json',
    data: JSON.stringify(dannye),
    success: function () { $('#uspeh').show(); },
    error: function () { alert('Ошибка'); }
  });
});"""),
        _u("""Ребят, объясните ошибку. Запускаю миграции Django на проде:

django.db.migrations.exceptions.InconsistentMigrationHistory: Migration zakazy.0007_dostavka is applied before its dependency klienty.0004_adres on database 'default'.

Локально всё ок. Что делать, чтобы ничего не потерять?"""),
        _m(
            "Привет, пишу бота на aiogram для записи в барбершоп, хранение в SQLite.",
            "Отлично. Какие сущности нужны: мастера, услуги, слоты, записи? И нужна ли отмена записи пользователем?",
            """да, отмена нужна. вот модель записи, допиши функции: создать запись (проверить что слот свободен), отменить (только свою и не позже чем за 2 часа), и список записей пользователя

```python
class Zapis(Base):
    __tablename__ = 'zapisi'
    id = Column(Integer, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    master_id = Column(ForeignKey('mastera.id'))
    usluga_id = Column(ForeignKey('uslugi.id'))
    nachalo = Column(DateTime, nullable=False)
    otmenena = Column(Boolean, default=False)
```""",
        ),
        _u("""Напиши юнит-тесты на xUnit для этого метода, Moq для репозитория:

public async Task<decimal> RasschitatSkidku(int klientId)
{
    var klient = await _repo.PoluchitAsync(klientId)
        ?? throw new KeyNotFoundException();
    var summa = await _repo.SummaPokupokZaGodAsync(klientId);
    if (klient.EstKartaLoyalnosti && summa > 100_000m) return 0.10m;
    if (klient.EstKartaLoyalnosti) return 0.05m;
    if (summa > 50_000m) return 0.03m;
    return 0m;
}"""),
        _u("""Лог из nginx + gunicorn, после деплоя на загрузке файлов отчёта 413 и потом 502, почему?

2024/06/03 10:14:22 [error] 1234#1234: *5678 client intended to send too large body: 12582912 bytes, client: 10.0.0.15, server: otchety.local, request: "POST /upload HTTP/1.1"
[2024-06-03 10:15:01 +0300] [45] [CRITICAL] WORKER TIMEOUT (pid:52)

Файлы Excel до 15 МБ, обработка через openpyxl в том же запросе."""),
        _u("""Вот мой Pydantic-модель и ошибка при создании объекта. Почему дата не парсится?

class Pasport(BaseModel):
    seriya: str = Field(pattern=r'^[0-9]{4}$')
    nomer: str
    data_vydachi: date

Pasport(seriya='4510', nomer='123456', data_vydachi='15.03.2019')

pydantic_core._pydantic_core.ValidationError: 1 validation error for Pasport
data_vydachi
  Input should be a valid date or datetime, invalid date separator, expected `-`"""),
        _u("""Задача из трекера, реализуй пожалуйста (Laravel 11):

KVT-88. Жилец может подать заявку на ремонт через личный кабинет.
- Поля: категория (сантехника/электрика/прочее), описание (до 1000 символов), фото (до 3 шт., jpg/png, до 5 МБ), удобное время.
- После создания статус «новая», письмо диспетчеру.
- Жилец видит только свои заявки.

Нужны миграция, модель, FormRequest, контроллер и политика."""),
        _m(
            "что такое внешний ключ с ON DELETE CASCADE и когда его не стоит ставить?",
            "Это ограничение: при удалении родительской строки удаляются и все дочерние, которые на неё ссылаются. Не стоит ставить там, где дочерние данные важны сами по себе — платежи, журналы, история заказов: их лучше запрещать удалять (RESTRICT) или обнулять ссылку.",
            "ок, тогда как поменять существующий FK с CASCADE на RESTRICT в постгресе без даунтайма? таблица platezhi большая",
        ),
        _u(
            """Помогите с формулой в Excel. Лист «Продажи»: A — дата, B — менеджер, C — сумма. Надо на листе «Итоги» для каждого менеджера сумму за текущий месяц и процент выполнения плана (план в столбце B листа «План»). Чтобы при смене месяца само пересчитывалось."""
        ),
        _s(
            "You are a senior developer assistant for the mobile banking app team at Kopilka Bank. Reply in the user's language.",
            """Вот Kotlin-код ViewModel, после поворота экрана список переводов загружается заново и мигает. Как правильно?

class PerevodyViewModel(private val repo: PerevodyRepository) : ViewModel() {
    val perevody = MutableLiveData<List<Perevod>>()

    fun zagruzit() {
        viewModelScope.launch {
            perevody.value = repo.poluchitVse()
        }
    }
}

// во фрагменте
override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
    vm.zagruzit()
    vm.perevody.observe(viewLifecycleOwner) { adapter.submitList(it) }
}""",
        ),
        _u("""Почему этот запрос возвращает дубли? Хочу список клиентов, у которых был хотя бы один заказ больше 5000

SELECT k.id, k.imya, k.email
FROM klienty k
JOIN zakazy z ON z.klient_id = k.id
WHERE z.summa > 5000;

DISTINCT помогает, но говорят это костыль. Как правильно?"""),
        _u(
            """скрипт на питоне чтобы пройтись по папке со сканами накладных (pdf), вытащить номер накладной из имени файла вида NAKL_2024_00123.pdf и переименовать в 00123_дата-создания.pdf. и лог в csv что во что переименовано"""
        ),
        _u("""Перепиши этот обработчик на Go с net/http на gin и добавь валидацию через binding-теги:

type Otzyv struct {
    TovarID int    `json:"tovar_id"`
    Ocenka  int    `json:"ocenka"`
    Tekst   string `json:"tekst"`
}

func sozdatOtzyv(w http.ResponseWriter, r *http.Request) {
    var o Otzyv
    if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
        http.Error(w, "bad json", 400)
        return
    }
    if o.Ocenka < 1 || o.Ocenka > 5 {
        http.Error(w, "ocenka 1..5", 400)
        return
    }
    id, err := repo.Sohranit(r.Context(), o)
    if err != nil {
        http.Error(w, err.Error(), 500)
        return
    }
    w.WriteHeader(201)
    json.NewEncoder(w).Encode(map[string]int{"id": id})
}"""),
        _m(
            "Как в TypeORM сделать транзакцию на несколько репозиториев?",
            "Через dataSource.transaction(async manager => { ... }) и внутри использовать manager.getRepository(...) или manager.save(...) — тогда всё пойдёт в одной транзакции и откатится при исключении.",
            "а в NestJS сервисе это как оформить, чтобы тестировать было удобно?",
        ),
        _u("""У нас 1С выгружает остатки в XML такого вида:

<Остатки>
  <Товар Код="000123" Наименование="Кабель ВВГ 3х2.5" Склад="Основной" Количество="340"/>
  <Товар Код="000124" Наименование="Автомат 16А" Склад="Основной" Количество="58"/>
</Остатки>

Нужен скрипт на Python, который каждую ночь парсит файл и обновляет таблицу ostatki в PostgreSQL (код + склад — уникальный ключ), а товары, которых нет в файле, обнуляет."""),
        _u("""Объясните, почему тест на pytest иногда падает с "database is locked":

E   sqlite3.OperationalError: database is locked
tests/test_import.py:57: in test_parallelnyi_import
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(importirovat_fail, faily))

каждый поток открывает своё соединение к test.db"""),
        _s(
            """Ты ассистент-разработчик в IDE. Проект: интернет-магазин стройматериалов на Vue 3 + Pinia + Laravel API.""",
            """Добавь в этот компонент проверку полей перед отправкой (ИНН 10 или 12 цифр, КПП 9 цифр, email) и показ ошибок под полями:

<template>
  <form @submit.prevent="otpravit">
    <input v-model="forma.nazvanie" placeholder="Название организации" />
    <input v-model="forma.inn" placeholder="ИНН" />
    <input v-model="forma.kpp" placeholder="КПП" />
    <input v-model="forma.email" placeholder="Email" />
    <button>Зарегистрировать</button>
  </form>
</template>

<script setup>
import { reactive } from 'vue'
import { useKompaniyaStore } from '@/stores/kompaniya'
const store = useKompaniyaStore()
const forma = reactive({ nazvanie: '', inn: '', kpp: '', email: '' })
async function otpravit() {
  await store.registrirovat(forma)
}
</script>""",
        ),
        _u(
            """Нужна миграция Liquibase (yaml): добавить таблицу dogovory (id, nomer unique, kontragent_id FK на kontragenty, data_podpisaniya, summa numeric(14,2), status с дефолтом 'chernovik') и индекс по kontragent_id."""
        ),
        _m(
            "привет, можешь глянуть мой CRUD на Flask?",
            "Конечно, присылай код и скажи, что именно не так.",
            """вот. удаление работает, а редактирование сохраняет пустые поля если в форме что-то не заполнили. хочу чтобы менялись только переданные поля

@app.route('/knigi/<int:id>', methods=['PUT'])
def obnovit(id):
    kniga = Kniga.query.get_or_404(id)
    d = request.json
    kniga.nazvanie = d.get('nazvanie')
    kniga.avtor = d.get('avtor')
    kniga.god = d.get('god')
    db.session.commit()
    return jsonify(kniga.to_dict())""",
        ),
        _u("""Сделай из этого описания модели Prisma-схему и первую миграцию:

Клиника. Врачи (ФИО, специальность, кабинет). Пациенты (ФИО, дата рождения, телефон). Приёмы: врач, пациент, время начала, длительность в минутах, статус (запланирован / состоялся / отменён), заметка. У врача не может быть двух приёмов на одно время."""),
        _u("""Проблема с Room в Android: после добавления поля в Entity приложение падает

java.lang.IllegalStateException: Room cannot verify the data integrity. Looks like you've changed schema but forgot to update the version number. You can simply fix this by increasing the version number.

Увеличил version до 3 — теперь "A migration from 2 to 3 was required but not found". Пользовательские данные терять нельзя. Напиши миграцию, поле — `primechanie TEXT`."""),
        _u(
            """Нужен SQL для отчёта: таблица poseshcheniya(uchenik_id, data, prisutstvoval bool). Для каждого ученика процент посещаемости по месяцам за учебный год (сентябрь–май), и отметить тех, у кого меньше 70%. Я завуч, не программист, так что объясните куда это вставить в pgAdmin."""
        ),
        _s(
            """Ты — кодовый агент. Репозиторий: `avtopark` (NestJS, TypeORM, PostgreSQL). Команды: `npm run test`, `npm run lint`. Отвечай кратко и показывай диффы.""",
            "В сущности Voditel есть поле `prava_do` (дата окончания прав). Сделай эндпоинт GET /voditeli/istekayushchie?dnei=30, который отдаёт водителей, у которых права истекают в ближайшие N дней, с пагинацией.",
        ),
        _u("""Почему в Spring при @Transactional на приватном методе ничего не откатывается? Вот код:

@Service
public class ZakazService {
    public void oformit(ZakazDto dto) {
        sohranitVsyo(dto);
    }

    @Transactional
    private void sohranitVsyo(ZakazDto dto) {
        zakazRepo.save(new Zakaz(dto));
        sklad.spisat(dto.getTovary()); // тут кидается исключение
    }
}"""),
        _u("""Допиши в этот Express-роутер эндпоинты обновления и удаления, в том же стиле, с проверкой что запись принадлежит req.user:

router.get('/zametki', auth, async (req, res) => {
  const zametki = await Zametka.find({ avtor: req.user.id }).sort('-sozdana');
  res.json(zametki);
});

router.post('/zametki', auth, async (req, res) => {
  const { zagolovok, tekst } = req.body;
  if (!zagolovok) return res.status(400).json({ oshibka: 'Нужен заголовок' });
  const z = await Zametka.create({ zagolovok, tekst, avtor: req.user.id });
  res.status(201).json(z);
});"""),
        _u(
            """Как в Django ORM посчитать для каждой категории товаров количество товаров и среднюю цену, и отфильтровать категории где товаров больше 10? annotate и filter путаюсь в каком порядке"""
        ),
        _m(
            "можешь помочь с Google Apps Script?",
            "Да, что нужно автоматизировать?",
            "в таблице заявок от клиентов, когда в колонке F ставят «Готово», надо автоматически писать текущую дату в колонку G и отправлять письмо на адрес из колонки C. напиши скрипт",
        ),
        _u("""Вот часть лога Celery, задачи по отправке счетов иногда выполняются два раза, клиенты получают по два письма. Почему?

[2024-04-02 09:00:01,112: INFO/MainProcess] Task scheta.otpravit[8f2a...] received
[2024-04-02 09:30:01,507: INFO/MainProcess] Task scheta.otpravit[8f2a...] received
[2024-04-02 09:30:03,870: INFO/ForkPoolWorker-2] Task scheta.otpravit[8f2a...] succeeded in 2.3s
[2024-04-02 09:30:04,001: INFO/ForkPoolWorker-3] Task scheta.otpravit[8f2a...] succeeded in 1.9s

Брокер Redis, acks_late=True, задача генерирует PDF около 40 минут в пиковые дни."""),
        _u(
            """Напиши модели и сериализаторы DRF для школьного расписания: классы, предметы, учителя, уроки (день недели, номер урока, кабинет). Чтобы в одном классе в одно время не было двух уроков — валидация в сериализаторе."""
        ),
        _u("""Ошибка в TypeScript, не пойму чего он хочет:

src/api/zakazy.ts:27:5 - error TS2322: Type 'Zakaz | undefined' is not assignable to type 'Zakaz'.
  Type 'undefined' is not assignable to type 'Zakaz'.

27     return spisok.find(z => z.id === id);

функция объявлена как `function najtiZakaz(id: number): Zakaz`"""),
        _u("""Добавь в этот класс на C# валидацию через FluentValidation и подключи в минимал API:

public record NovyiKlient(string Imya, string Email, string Telefon, DateOnly DataRozhdeniya);

app.MapPost("/klienty", async (NovyiKlient k, AppDb db) =>
{
    var e = new Klient { Imya = k.Imya, Email = k.Email, Telefon = k.Telefon, DataRozhdeniya = k.DataRozhdeniya };
    db.Klienty.Add(e);
    await db.SaveChangesAsync();
    return Results.Created($"/klienty/{e.Id}", e);
});

Правила: имя обязательно, email валидный, возраст от 18."""),
        _m(
            "Сделал импорт CSV в базу через COPY, работает быстро.",
            "Отлично! COPY — самый быстрый способ для массовой загрузки в PostgreSQL.",
            "но теперь надо чтобы при повторном импорте строки обновлялись а не дублировались. COPY так умеет?",
        ),
        _u("""Вот функция на PHP, считает стоимость доставки по зонам, надо покрыть PHPUnit-тестами и заодно сказать, почему для зоны 3 иногда выходит 0:

function stoimostDostavki(float $ves, int $zona): float {
    $tarif = [1 => 250, 2 => 400, 3 => 650];
    if ($ves <= 0) throw new InvalidArgumentException('ves');
    $baza = $tarif[$zona] ?? 0;
    if ($ves > 10) $baza += ($ves - 10) * 30;
    return round($baza, 2);
}"""),
        _u("""Почему Sequelize ругается?

SequelizeEagerLoadingError: Pokupatel is not associated to Zakaz!

Zakaz.findAll({ include: [Pokupatel] })

ассоциации объявлены в файле models/index.js, но мне кажется он не подхватывается"""),
        _u(
            """Как написать тест на эндпоинт FastAPI, который обращается к базе, чтобы не трогать настоящую БД? У меня get_db через Depends."""
        ),
        _u(
            """Нужен VBA-макрос: в папке лежат 30 файлов Excel от филиалов одинаковой структуры, надо собрать все строки с листа «Отчёт» в один сводный лист, добавив столбец с именем файла. Я бухгалтер, макросы раньше только записывал."""
        ),
        _s(
            "Ты — помощник разработчика в IDE. Проект: учёт заявок сервисного центра, Django + DRF.",
            "Сделай фильтр в ViewSet заявок по статусу, мастеру и диапазону дат создания через django-filter, и чтобы мастер видел только свои заявки.",
        ),
        _s(
            "Ты кодовый агент в репозитории `bibliotechka` (Kotlin, Spring Boot, Flyway, JUnit 5). Инструменты: read_file, write_file, gradle.",
            "Добавь возможность продлевать выдачу книги на 7 дней не более двух раз. Миграция для счётчика продлений, метод в сервисе, эндпоинт и тесты.",
        ),
        _m(
            "что лучше для маленького CRUD на Node — Prisma или Knex?",
            "Prisma удобнее типизацией и миграциями, Knex даёт больше контроля над SQL. Для простого CRUD чаще берут Prisma.",
            "ок, тогда покажи schema.prisma для заметок с тегами (многие ко многим) и запрос, который ищет заметки по тегу",
        ),
    ],
    "ko": [
        _u("""이거 왜 에러 나요?

```
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_member_email]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)
	at com.dalbit.member.MemberService.join(MemberService.java:34)
```

```java
@Transactional
public Long join(JoinRequest req) {
    Member m = Member.of(req.getEmail(), req.getNickname(), encoder.encode(req.getPassword()));
    memberRepository.save(m);
    return m.getId();
}
```

중복 이메일이면 409로 "이미 가입된 이메일입니다" 내려주고 싶은데 어디서 처리하는 게 맞나요?"""),
        _u("""테이블 구조는 이렇습니다.

CREATE TABLE orders (id BIGINT PK, user_id BIGINT, status VARCHAR(20), total INT, created_at DATETIME);
CREATE TABLE order_items (id BIGINT PK, order_id BIGINT, product_id BIGINT, qty INT, price INT);
CREATE TABLE products (id BIGINT PK, name VARCHAR(100), category VARCHAR(50));

지난달 카테고리별 매출 top 5 상품을 뽑는 쿼리 짜주세요. 취소(status='CANCELED')된 주문은 빼고요. MySQL 8입니다."""),
        _s(
            """당신은 `gongbang-shop` 저장소(NestJS 10, Prisma, PostgreSQL)에서 작업하는 코딩 에이전트입니다. 사용 가능한 도구: read_file, write_file, bash. 변경 후 반드시 `pnpm test`를 실행하세요.""",
            "상품 리뷰 API에 별점(1~5) 검증이 없어서 0점, 7점이 들어가고 있어요. DTO에 class-validator 붙이고, 한 사용자가 같은 상품에 리뷰 두 번 못 쓰게 막아주세요. 테스트도요.",
        ),
        _u("""리액트 폼인데 제출하면 페이지가 새로고침돼요. 그리고 전화번호 형식 검사(010-xxxx-xxxx)도 넣고 싶어요.

```jsx
export default function ReservationForm() {
  const [form, setForm] = useState({ name: '', phone: '', date: '', people: 2 });

  const handleChange = (e) => {
    setForm({ ...form, [e.target.name]: e.target.value });
  };

  const handleSubmit = async () => {
    await axios.post('/api/reservations', form);
    alert('예약 완료!');
  };

  return (
    <form onSubmit={handleSubmit}>
      <input name="name" value={form.name} onChange={handleChange} />
      <input name="phone" value={form.phone} onChange={handleChange} />
      <input type="date" name="date" value={form.date} onChange={handleChange} />
      <input type="number" name="people" value={form.people} onChange={handleChange} />
      <button type="submit">예약하기</button>
    </form>
  );
}
```"""),
        _m(
            "Django에서 select_related랑 prefetch_related 차이가 뭐예요?",
            "select_related는 SQL JOIN으로 FK/OneToOne을 한 번에 가져오고, prefetch_related는 별도 쿼리를 날린 뒤 파이썬에서 합칩니다. 그래서 역참조나 ManyToMany에는 prefetch_related를 씁니다.",
            """그럼 이 경우엔 뭘 써야 돼요? 디버그 툴바 보니까 쿼리가 200개 넘게 나가요

```python
posts = Post.objects.filter(board__slug='free').order_by('-id')[:20]
for p in posts:
    print(p.author.nickname, p.comments.count(), [t.name for t in p.tags.all()])
```""",
        ),
        _u("""JIRA 티켓 내용 붙여넣습니다. 구현해주세요.

[SHOP-512] 관리자 쿠폰 발급 기능
- 관리자는 쿠폰 코드, 할인 방식(정액/정률), 할인 값, 유효기간, 최대 사용 횟수를 입력해 쿠폰을 생성한다.
- 쿠폰 코드는 영문 대문자+숫자 8자리, 중복 불가
- 정률 할인은 1~90%만 허용
- 목록 화면에서 만료된 쿠폰은 회색으로 표시

스택: Spring Boot 3 + JPA + Thymeleaf"""),
        _u("""pytest 테스트 작성 부탁드려요. 경계값 위주로요.

```python
def calc_late_fee(return_date: date, due_date: date, is_member: bool) -> int:
    days = (return_date - due_date).days
    if days <= 0:
        return 0
    fee = days * 100
    if is_member:
        fee = fee // 2
    return min(fee, 5000)
```
도서관 연체료 계산 함수예요."""),
        _u("""배포하고 나서 로그에 이게 계속 찍혀요. 왜 그런 걸까요?

2024-07-01 14:22:10.331 WARN  HikariPool-1 - Connection is not available, request timed out after 30000ms.
2024-07-01 14:22:10.332 ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - HikariPool-1 - Connection is not available, request timed out after 30000ms.
2024-07-01 14:22:10.335 ERROR c.n.api.GlobalExceptionHandler - /api/notices 조회 실패

maximum-pool-size는 10이고, 공지사항 조회 API가 외부 번역 API를 트랜잭션 안에서 호출하고 있긴 해요."""),
        _u("""이 Express 코드를 NestJS 컨트롤러/서비스 구조로 바꿔주세요.

```js
app.get('/api/todos', async (req, res) => {
  const todos = await Todo.findAll({ where: { userId: req.user.id } });
  res.json(todos);
});

app.post('/api/todos', async (req, res) => {
  if (!req.body.title) return res.status(400).json({ message: '제목 필수' });
  const todo = await Todo.create({ title: req.body.title, userId: req.user.id });
  res.status(201).json(todo);
});

app.patch('/api/todos/:id/done', async (req, res) => {
  const todo = await Todo.findOne({ where: { id: req.params.id, userId: req.user.id } });
  if (!todo) return res.sendStatus(404);
  todo.done = true;
  await todo.save();
  res.json(todo);
});
```"""),
        _u(
            """엑셀 VBA 질문이요. 사내 출장비 정산 시트에서 '승인' 열이 Y인 행만 골라서 새 시트에 부서별로 합계를 내는 매크로를 만들고 싶어요. A열 사번, B열 이름, C열 부서, D열 금액, E열 승인. 저는 총무팀이라 코딩은 잘 몰라요."""
        ),
        _s(
            "You are an AI pair programmer in JetBrains IDEs. Prefer minimal diffs.",
            """Kotlin + Spring Data JPA인데 이 쿼리 메서드가 실행되면 에러가 나요.

```kotlin
interface StoreRepository : JpaRepository<Store, Long> {
    fun findByRegionAndOpenTrueOrderByRatingDesc(region: String): List<Store>
    fun findTop10ByCategoryNameContaining(keyword: String): List<Store>
}
```

에러: No property 'name' found for type 'String'! Traversed path: Store.category

Store 엔티티에서 category는 그냥 String 컬럼이에요.""",
        ),
        _u("""MyBatis 매퍼에서 동적 검색 조건(이름, 가입일 범위, 등급)을 넣고 싶은데 조건이 없으면 전체 조회되게요. 지금 XML은 이래요.

<select id="searchMembers" resultType="Member">
  SELECT * FROM member
  WHERE name LIKE '%' || #{name} || '%'
    AND join_date BETWEEN #{from} AND #{to}
    AND grade = #{grade}
</select>"""),
        _m(
            "Flutter로 간단한 가계부 앱 만들고 있어요. sqflite 씁니다.",
            "좋아요. 어떤 기능부터 도와드릴까요? 테이블 설계, DAO, 화면 중에서요.",
            """DAO요. 지출 테이블은 id, amount, category, memo, spent_at인데 월별 합계랑 카테고리별 합계 함수, 그리고 추가/수정/삭제 함수 짜주세요""",
        ),
        _u("""Node에서 이 에러 뭔가요?

UnhandledPromiseRejectionWarning: SequelizeDatabaseError: column "createdAt" does not exist
    at Query.formatError (/app/node_modules/sequelize/lib/dialects/postgres/query.js:386:16)

DB는 기존에 있던 거라 컬럼명이 created_at이에요."""),
        _u("""신규 기능 요구사항입니다.

"학원 강사는 수업별로 출석을 체크할 수 있어야 한다. 출석 상태는 출석/지각/결석/조퇴. 학부모는 자녀의 월별 출석 현황을 볼 수 있다."

Laravel로 마이그레이션이랑 모델, 관계 설정 먼저 만들어주세요. 테이블: academies 있고, students, classes, teachers 이미 있어요."""),
        _u("""이 파이썬 스크립트가 한글 CSV를 읽으면 깨져요. 그리고 중복 주문번호 제거하고 날짜별로 합계 내는 부분까지 추가해주세요.

```python
import csv

rows = []
with open('주문내역.csv') as f:
    reader = csv.DictReader(f)
    for r in reader:
        rows.append(r)

print(len(rows))
```
UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb1 in position 0"""),
        _u(
            """JPA에서 @OneToMany에 cascade = ALL, orphanRemoval = true 둘 다 걸었는데 부모 저장할 때 자식 리스트를 새 리스트로 바꾸면 "A collection with cascade=all-delete-orphan was no longer referenced" 에러가 나요. 왜 그런 거예요?"""
        ),
        _s(
            """당신은 사내 개발 도우미 봇입니다. 회사: 한빛물류. 주요 스택은 Java 17, Spring Boot, Oracle DB입니다.""",
            """배송 테이블에서 같은 송장번호가 두 번 들어간 데이터를 찾고, 그중 나중에 들어온 걸 지우는 SQL 부탁해요. 오라클이에요.

DELIVERY(ID NUMBER, INVOICE_NO VARCHAR2(20), RECEIVER VARCHAR2(50), REG_DT DATE)""",
        ),
        _u("""Vue 3 Composition API로 바꿔주세요.

export default {
  data() {
    return { keyword: '', items: [], loading: false };
  },
  watch: {
    keyword() { this.search(); }
  },
  methods: {
    async search() {
      this.loading = true;
      const { data } = await api.get('/products', { params: { q: this.keyword } });
      this.items = data;
      this.loading = false;
    }
  },
  mounted() { this.search(); }
};

타이핑할 때마다 요청 가는 것도 디바운스로 줄이고 싶어요."""),
        _m(
            "Go로 REST API 만들 때 gorm 쓰는데 Soft delete 되나요?",
            "네, 모델에 gorm.DeletedAt 필드(또는 gorm.Model 임베드)가 있으면 Delete가 soft delete로 동작하고 일반 조회에서 자동으로 제외됩니다.",
            "삭제된 것까지 포함해서 조회하려면요? 그리고 완전 삭제는?",
        ),
        _u("""에러 로그 좀 봐주세요. 회원 목록 엑셀 다운로드할 때만 나요.

java.lang.OutOfMemoryError: Java heap space
	at org.apache.poi.xssf.usermodel.XSSFSheet.createRow(XSSFSheet.java:751)
	at com.hanul.admin.ExcelService.writeMembers(ExcelService.java:58)

회원 수는 30만 명 정도고 findAll()로 다 가져와서 XSSFWorkbook에 쓰고 있어요."""),
        _u("""아래 스키마로 주간 신규 가입자 수와 그 주 가입자 중 7일 안에 첫 구매한 비율을 구하는 쿼리 짜주세요 (PostgreSQL).

users(id, created_at)
purchases(id, user_id, amount, purchased_at)"""),
        _u("""TypeScript로 만든 유틸 함수인데 Jest 테스트 코드 써주세요.

export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  if (digits.length !== 11) throw new Error('invalid phone');
  return `${digits.slice(0, 3)}-****-${digits.slice(7)}`;
}

export function formatWon(n: number): string {
  return n.toLocaleString('ko-KR') + '원';
}"""),
        _u(
            """안녕하세요 간호사인데요 병동에서 쓰는 구글 시트에 환자 번호 말고 병실별 투약 체크 표를 만들려고 해요. 시간대(08/12/18/22시) 체크박스가 다 체크되면 행 색이 초록색으로 바뀌게 하려면 조건부 서식 수식을 어떻게 써야 하나요?"""
        ),
        _s(
            """You are a coding agent working in the `reservation-api` repo (FastAPI, SQLModel, Alembic). Tools: list_files, read_file, apply_patch, run_tests.""",
            "reservation 테이블에 `memo` 컬럼(TEXT, nullable) 추가하는 Alembic 마이그레이션 만들고, 생성/수정 스키마랑 응답 스키마에도 반영해주세요. 기존 테스트 깨지지 않게요.",
        ),
        _u("""왜 이 쿼리가 인덱스를 안 타죠? EXPLAIN 결과도 붙입니다.

SELECT * FROM board WHERE DATE(created_at) = '2024-08-01';

| id | select_type | table | type | possible_keys | key  | rows   | Extra       |
|  1 | SIMPLE      | board | ALL  | NULL          | NULL | 842113 | Using where |

created_at에 인덱스 있어요."""),
        _m(
            "C#으로 WPF 재고관리 프로그램 짜고 있어요.",
            "좋네요. MVVM 패턴으로 하고 계신가요? 어떤 부분이 막히셨어요?",
            """네 MVVM이요. DataGrid에서 행 수정하면 바로 DB(SQLite, EF Core)에 저장되게 하고 싶은데, 지금은 저장 버튼 누르면 SaveChanges 해도 아무것도 안 바뀌어요.

public ObservableCollection<Item> Items { get; } = new(db.Items.AsNoTracking().ToList());""",
        ),
        _u("""Prisma에서 이 에러가 나요.

Invalid `prisma.post.create()` invocation:
Foreign key constraint failed on the field: `Post_authorId_fkey (index)`

로그인한 유저 id를 넣고 있는데요. 세션에서 꺼낸 id가 string이라 문제일까요?"""),
        _u(
            """간단한 파이썬 스크립트 부탁드립니다. 폴더 안의 이미지 파일(jpg, png)들을 촬영 날짜(EXIF) 기준으로 2024-05 같은 폴더로 옮기고, EXIF 없으면 수정일 기준으로요."""
        ),
        _u("""Spring Boot 컨트롤러에 검증 추가해 주세요.

@PostMapping("/api/inquiries")
public ResponseEntity<Long> create(@RequestBody InquiryRequest req) {
    return ResponseEntity.ok(inquiryService.create(req));
}

public class InquiryRequest {
    private String name;
    private String email;
    private String title;
    private String content;
    private boolean agreePrivacy;
}

이름/제목 필수, 이메일 형식, 내용 10~2000자, 개인정보 동의 true 필수. 실패 시 필드별 메시지를 JSON으로 돌려주고 싶어요."""),
        _m(
            "SQL 질문 있어요",
            "네, 말씀하세요!",
            "LEFT JOIN 했는데 WHERE에 오른쪽 테이블 조건 넣으니까 INNER JOIN처럼 결과가 줄어요. 왜 그런가요?",
        ),
        _u("""고객센터 문의 테이블에서 담당자별 평균 처리 시간(접수~완료, 시간 단위)과 미처리 건수를 구하는 쿼리가 필요해요.

inquiry(id, assignee_id, status, created_at, closed_at)
staff(id, name, team)

status는 OPEN / IN_PROGRESS / CLOSED예요."""),
        _u("""Next.js 14 app router에서 서버 액션으로 글쓰기 폼 만들었는데 제출 후 목록에 새 글이 안 보여요. 새로고침하면 보이고요.

'use server'
export async function createPost(formData: FormData) {
  await db.post.create({ data: { title: formData.get('title') as string, body: formData.get('body') as string } });
  redirect('/posts');
}"""),
        _u("""이 SQLAlchemy 모델로 Alembic autogenerate 했는데 마이그레이션 파일이 비어 있어요. 왜 그럴까요?

# app/models/coupon.py
class Coupon(Base):
    __tablename__ = 'coupons'
    id = mapped_column(Integer, primary_key=True)
    code = mapped_column(String(20), unique=True)
    discount = mapped_column(Integer)

# alembic/env.py
from app.db import Base
target_metadata = Base.metadata"""),
        _s(
            """너는 초보 개발자를 돕는 튜터야. 답은 단계별로, 쉬운 말로.""",
            """부트캠프 과제인데요, 게시판 CRUD를 Express + MongoDB(mongoose)로 해야 해요. 글 목록/상세/작성/수정/삭제요. 모델은 제목, 내용, 작성자, 작성일. 어디서부터 시작해야 할지 모르겠어요.""",
        ),
        _u("""Redis 캐시 붙인 뒤로 상품 가격 수정해도 상세 페이지에 예전 가격이 나와요. 코드는 이래요.

@Cacheable(value = "product", key = "#id")
public ProductDto getProduct(Long id) { ... }

@Transactional
public void updatePrice(Long id, int price) {
    Product p = repo.findById(id).orElseThrow();
    p.changePrice(price);
}

어떻게 고치죠?"""),
        _u("""이 함수 리팩터링하고 타입 힌트랑 docstring 붙여주세요. 하는 일은 주문 목록에서 회원 등급별 할인 적용해서 총액 계산하는 거예요.

def calc(o, u):
    t = 0
    for i in o:
        p = i['price'] * i['qty']
        if u['grade'] == 'VIP':
            p = p * 0.9
        elif u['grade'] == 'GOLD':
            p = p * 0.95
        t = t + p
    if t > 50000:
        return t
    else:
        return t + 3000"""),
        _u("""Android Room 쿼리에서 LiveData 대신 Flow로 바꾸고 싶어요. DAO랑 Repository, ViewModel 수정 예시 보여주세요.

@Dao
interface MemoDao {
    @Query("SELECT * FROM memo ORDER BY updated_at DESC")
    fun getAll(): LiveData<List<Memo>>
    @Insert(onConflict = OnConflictStrategy.REPLACE)
    suspend fun upsert(memo: Memo)
}"""),
        _u(
            """PostgreSQL에서 jsonb 컬럼 options 안에 {"color": "red", "size": "L"} 이런 게 들어 있는데 color가 red인 상품만 빠르게 찾으려면 쿼리랑 인덱스를 어떻게 만들어요?"""
        ),
        _m(
            "엑셀 수식 하나만요",
            "네, 어떤 계산이 필요하세요?",
            "A열에 입사일이 있고 오늘 기준으로 근속연수랑 남은 연차 일수를 계산하고 싶어요. 연차는 1년 미만이면 월 1개, 1년 이상이면 15개, 3년마다 1개씩 추가예요",
        ),
        _s(
            "당신은 사내 ERP 팀의 코드 도우미입니다. Java 8, Spring 4, iBATIS를 사용하는 레거시 시스템입니다.",
            "거래처 목록 화면에 사업자등록번호 검색 조건을 추가해야 해요. 하이픈 있는 것/없는 것 둘 다 검색되게 iBATIS SQL 수정해주세요.",
        ),
        _s(
            "You are a coding agent in `pet-hotel` (Django, DRF, pytest). Tools: read_file, write_file, bash. User speaks Korean.",
            "숙박 예약에 체크아웃이 체크인보다 앞서면 400 나게 하고, 같은 반려동물 예약 기간이 겹치지 않게 serializer 검증 추가해 주세요. 테스트 포함.",
        ),
        _m(
            "Prisma에서 트랜잭션 어떻게 써요?",
            "prisma.$transaction([...])로 여러 쿼리를 묶거나, 인터랙티브 트랜잭션 prisma.$transaction(async (tx) => {...})을 쓰면 됩니다.",
            "주문 생성하면서 재고 차감하고, 재고 부족하면 전체 롤백되게 예시 코드 짜주세요",
        ),
    ],
    "it": [
        _u("""Perché mi dà questo errore? Sto facendo una semplice API per le prenotazioni del campo da padel

```
TypeError: Object of type datetime is not JSON serializable
  File "/app/prenotazioni/routes.py", line 31, in lista
    return json.dumps([p.__dict__ for p in prenotazioni])
```

```python
@bp.get('/prenotazioni')
def lista():
    prenotazioni = Prenotazione.query.filter_by(campo_id=request.args.get('campo')).all()
    return json.dumps([p.__dict__ for p in prenotazioni])
```"""),
        _s(
            """Sei un agente di sviluppo che lavora sul repository `gestionale-cantina` (Django 5, PostgreSQL, pytest-django). Strumenti: read_file, edit_file, shell. Segui lo stile del progetto e aggiungi test per ogni modifica.""",
            "Aggiungi al modello Bottiglia il campo `annata` (intero, facoltativo, tra 1900 e l'anno corrente), la migrazione, il filtro per annata nell'admin e nella API di elenco. Poi lancia i test.",
        ),
        _m(
            "Ciao! Sto scrivendo un piccolo gestionale per la mia ferramenta in Python con SQLite.",
            "Bello! Come posso aiutarti: struttura delle tabelle, query, interfaccia?",
            """le query. ho le tabelle articoli(id, codice, descrizione, prezzo, giacenza) e movimenti(id, articolo_id, tipo 'carico'/'scarico', quantita, data). mi serve la query che ricalcola la giacenza di ogni articolo dai movimenti e mi segnala quelli dove non torna con la colonna giacenza""",
        ),
        _u("""Schema:

CREATE TABLE pazienti_anonimi (id int PRIMARY KEY, anno_nascita int, sesso char(1));
CREATE TABLE visite (id int PRIMARY KEY, paziente_id int REFERENCES pazienti_anonimi(id), reparto varchar(40), data_visita date, durata_min int);

Scrivimi la query che per ogni reparto dà il numero di visite per mese nel 2024 e la durata media, in formato pivot (una colonna per mese) su SQL Server."""),
        _u("""Ho questo componente Vue 2 con Options API, devo portarlo a Vue 3 con <script setup> e TypeScript:

<template>
  <div>
    <input v-model="cerca" placeholder="Cerca cliente" />
    <table>
      <tr v-for="c in filtrati" :key="c.id">
        <td>{{ c.ragioneSociale }}</td>
        <td>{{ c.partitaIva }}</td>
        <td><button @click="elimina(c.id)">Elimina</button></td>
      </tr>
    </table>
  </div>
</template>

<script>
export default {
  data() { return { clienti: [], cerca: '' }; },
  computed: {
    filtrati() {
      return this.clienti.filter(c => c.ragioneSociale.toLowerCase().includes(this.cerca.toLowerCase()));
    }
  },
  async created() {
    this.clienti = (await this.$http.get('/api/clienti')).data;
  },
  methods: {
    async elimina(id) {
      await this.$http.delete('/api/clienti/' + id);
      this.clienti = this.clienti.filter(c => c.id !== id);
    }
  }
};
</script>"""),
        _u("""Storia utente da implementare, stack Rails 7:

Come segretaria della scuola di musica voglio registrare i pagamenti delle rette mensili degli allievi, così da vedere chi è in ritardo.
- Un pagamento ha allievo, mese di riferimento, importo, metodo (contanti/bonifico/POS), data.
- Non si può registrare due volte lo stesso mese per lo stesso allievo.
- Pagina "Morosi": allievi senza pagamento per il mese corrente dopo il giorno 10.

Mi servono migrazione, modello con validazioni, controller e la query per i morosi."""),
        _m(
            "Cos'è esattamente una migrazione in Django? la devo committare?",
            "È un file Python che descrive le modifiche allo schema del database (creare tabelle, aggiungere colonne...). Sì, va committata: così tutti gli ambienti applicano le stesse modifiche nello stesso ordine.",
            "e se due colleghi creano la 0012 in parallelo su branch diversi cosa succede?",
        ),
        _u("""Mi scrivi i test con JUnit 5 e Mockito per questa classe? Sono junior e non ho mai usato i mock

@Service
public class IscrizioneService {
    private final CorsoRepository corsi;
    private final IscrizioneRepository iscrizioni;
    private final EmailSender email;

    public Iscrizione iscrivi(Long corsoId, Studente s) {
        Corso c = corsi.findById(corsoId).orElseThrow(CorsoNonTrovatoException::new);
        if (iscrizioni.countByCorso(c) >= c.getPostiMax()) {
            throw new CorsoPienoException();
        }
        Iscrizione i = iscrizioni.save(new Iscrizione(c, s));
        email.inviaConferma(s.getEmail(), c.getTitolo());
        return i;
    }
}"""),
        _u("""Questa formula Excel mi restituisce #N/D e non capisco perché, i codici ci sono:

=CERCA.VERT(A2;Listino!$A$2:$C$500;3;FALSO)

In A2 c'è 00457, nel listino 457. Il file arriva dal gestionale. Come sistemo senza toccare il listino?"""),
        _s(
            "Sei un assistente tecnico per il team e-commerce di Olivieri Calzature. Rispondi in italiano, con codice completo.",
            """Il checkout su Shopify ci manda un webhook orders/create al nostro backend Node. Questo è l'handler, ma a volte gli ordini vengono salvati due volte. Come lo rendo idempotente?

app.post('/webhooks/ordini', express.json(), async (req, res) => {
  const o = req.body;
  await db.query('INSERT INTO ordini (shopify_id, totale, email, creato_il) VALUES ($1, $2, $3, $4)',
    [o.id, o.total_price, o.email, o.created_at]);
  res.sendStatus(200);
});""",
        ),
        _u("""Log del job notturno, qualcuno sa dirmi perché?

[2024-09-10 02:00:00] INFO  Avvio sincronizzazione anagrafiche fornitori
[2024-09-10 02:00:12] INFO  Letti 4312 record dal file fornitori.xml
[2024-09-10 02:03:47] ERROR ORA-01438: valore maggiore di quello consentito dalla precisione specificata per questa colonna
[2024-09-10 02:03:47] INFO  Record 2871: codice=F-2871 fido=1250000.00
[2024-09-10 02:03:47] INFO  Rollback eseguito

La colonna fido è NUMBER(8,2). Devo allargarla? Come scrivo la ALTER senza perdere dati?"""),
        _m(
            "Sto imparando Laravel, ho fatto un CRUD di prodotti con resource controller",
            "Ottimo punto di partenza! Hai già le rotte con Route::resource e i form di create/edit?",
            """sì. ora vorrei aggiungere l'upload dell'immagine del prodotto nel form di creazione e modifica, salvarla in storage/public e cancellare quella vecchia se la cambio. questo è il mio store:

public function store(Request $request)
{
    $dati = $request->validate([
        'nome' => 'required|max:120',
        'prezzo' => 'required|numeric|min:0',
    ]);
    Prodotto::create($dati);
    return redirect()->route('prodotti.index');
}""",
        ),
        _u("""Perché questo test con Testing Library fallisce? "Unable to find an element with the text: Ordine salvato"

test('mostra conferma dopo il salvataggio', async () => {
  render(<FormOrdine />);
  fireEvent.change(screen.getByLabelText('Quantità'), { target: { value: '3' } });
  fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
  expect(screen.getByText('Ordine salvato')).toBeInTheDocument();
});

Il componente fa una fetch e poi setta il messaggio."""),
        _u(
            """scrivimi uno script python che legge le fatture elettroniche XML (formato FatturaPA) da una cartella e mi fa un CSV con numero, data, partita IVA cedente, imponibile e IVA. sono un commercialista, le fatture sono tutte del 2024"""
        ),
        _s(
            """Sei un agente di codice. Repository: `app-condominio` (Flutter + Firebase Firestore). Puoi leggere/scrivere file ed eseguire `flutter test`.""",
            "Nella schermata delle segnalazioni guasti manca la possibilità di modificare una segnalazione già inviata. Aggiungi modifica (solo per l'autore e solo se lo stato è 'aperta') e un test del repository.",
        ),
        _u("""Ho questa entity JPA e quando faccio findAll su Ordine mi parte una query per ogni cliente. Come risolvo?

@Entity
public class Ordine {
    @Id @GeneratedValue private Long id;
    @ManyToOne private Cliente cliente;
    @OneToMany(mappedBy = "ordine") private List<RigaOrdine> righe;
    private LocalDate data;
}

Hibernate: select ... from ordine o1_0
Hibernate: select ... from cliente c1_0 where c1_0.id=?
Hibernate: select ... from cliente c1_0 where c1_0.id=?
Hibernate: select ... from cliente c1_0 where c1_0.id=?
..."""),
        _m(
            "mi spieghi la differenza tra PUT e PATCH in una API REST?",
            "PUT sostituisce l'intera risorsa con quella inviata (i campi mancanti vengono azzerati o considerati errore), PATCH applica una modifica parziale: invii solo i campi da cambiare.",
            "ok allora nel mio FastAPI come faccio un PATCH dove i campi non inviati non vengono toccati? uso pydantic v2",
        ),
        _u("""Trasforma questa query grezza in Eloquent con le relazioni:

SELECT a.nome, a.cognome, COUNT(p.id) AS presenze
FROM atleti a
LEFT JOIN presenze p ON p.atleta_id = a.id AND p.data >= '2024-09-01'
WHERE a.squadra_id = 4
GROUP BY a.id, a.nome, a.cognome
ORDER BY presenze DESC;

Modelli Atleta e Presenza, relazione hasMany già definita."""),
        _u("""Errore di Alembic quando lancio upgrade:

sqlalchemy.exc.ProgrammingError: (psycopg2.errors.DuplicateObject) type "stato_pratica" already exists
[SQL: CREATE TYPE stato_pratica AS ENUM ('bozza', 'inviata', 'approvata', 'respinta')]

Avevo cancellato e rigenerato la migrazione. Come ne esco senza droppare tutto?"""),
        _s(
            "Sei un tutor di informatica per un istituto tecnico. Spieghi con pazienza e fai domande per guidare lo studente.",
            "prof devo fare per la verifica un form HTML con PHP che salva i dati di un libro (titolo, autore, anno, ISBN) in MySQL e poi li mostra in tabella. il salvataggio funziona ma se ricarico la pagina mi reinserisce il libro. perché?",
        ),
        _u("""Aggiungi la validazione a questo schema Mongoose: email unica e valida, telefono italiano opzionale, CAP di 5 cifre, e un pre-save che mette il codice fiscale in maiuscolo.

const ClienteSchema = new mongoose.Schema({
  nome: String,
  cognome: String,
  email: String,
  telefono: String,
  indirizzo: { via: String, cap: String, citta: String },
  codiceFiscale: String,
}, { timestamps: true });"""),
        _m(
            "ho un foglio Google con le ore dei dipendenti del bar",
            "Ok, cosa ti serve calcolare?",
            "colonne: data, nome, entrata, uscita. voglio il totale ore per persona per settimana, e le ore dopo le 22 contate a parte perché le paghiamo di più",
        ),
        _u("""Convertire da Express a Fastify con schema JSON per body e risposta:

router.post('/tickets', async (req, res) => {
  const { titolo, descrizione, priorita } = req.body;
  if (!['bassa', 'media', 'alta'].includes(priorita)) {
    return res.status(400).json({ errore: 'priorità non valida' });
  }
  const t = await Ticket.create({ titolo, descrizione, priorita, stato: 'aperto' });
  res.status(201).json(t);
});

router.get('/tickets/:id', async (req, res) => {
  const t = await Ticket.findByPk(req.params.id);
  t ? res.json(t) : res.status(404).end();
});"""),
        _u("""Nel mio progetto .NET 8 con EF Core, dopo aver aggiunto una proprietà required al modello Fattura, `dotnet ef database update` dà:

Microsoft.Data.SqlClient.SqlException: Cannot insert the value NULL into column 'Sezionale', table 'Fatture'; column does not allow nulls. UPDATE fails.

Le fatture esistenti devono prendere 'A'. Come scrivo la migration?"""),
        _s(
            """You are a coding agent for the repository `prenota-ambulatorio` (Spring Boot 3, Maven, H2 for tests). Tools: read, write, mvn. The user speaks Italian.""",
            "Implementa l'endpoint DELETE /api/appuntamenti/{id} per annullare un appuntamento: solo se mancano più di 24 ore, altrimenti 422 con messaggio. Soft delete con campo annullatoIl. Test MockMvc inclusi.",
        ),
        _u("""Spiegami cosa fa questo codice e perché ogni tanto le giacenze vanno in negativo quando due operatori scaricano lo stesso articolo insieme:

def scarica(articolo_id, qta):
    art = session.get(Articolo, articolo_id)
    if art.giacenza < qta:
        raise GiacenzaInsufficiente()
    art.giacenza -= qta
    session.add(Movimento(articolo_id=articolo_id, tipo='scarico', quantita=qta))
    session.commit()"""),
        _m(
            "ciao sto facendo un bot Telegram per gli ordini della pizzeria",
            "Divertente! Che libreria usi e dove salvi gli ordini?",
            "python-telegram-bot e Postgres. mi fai la tabella ordini e la funzione che salva l'ordine quando il cliente conferma? ordine = lista pizze con quantità, indirizzo, orario consegna",
        ),
        _u(
            """Mi serve una query MySQL: tabella iscritti_palestra(id, nome, data_iscrizione, data_scadenza, tipo_abbonamento). Voglio quelli che scadono nei prossimi 15 giorni e non hanno già rinnovato (un rinnovo è una nuova riga con la stessa email e data_iscrizione successiva)."""
        ),
        _u("""Qualcuno mi spiega questo warning di React e come lo sistemo?

Warning: Each child in a list should have a unique "key" prop.
Check the render method of `ElencoFatture`.

{fatture.map((f) => (
  <>
    <RigaFattura fattura={f} />
    {f.note && <NotaFattura testo={f.note} />}
  </>
))}"""),
        _u("""Scrivi i test pytest parametrizzati per questa funzione che calcola il codice di controllo dell'IBAN italiano (sì, lo so che esistono librerie, è un esercizio):

def iban_valido(iban: str) -> bool:
    iban = iban.replace(' ', '').upper()
    if len(iban) != 27 or not iban.startswith('IT'):
        return False
    riordinato = iban[4:] + iban[:4]
    numerico = ''.join(str(int(c, 36)) for c in riordinato)
    return int(numerico) % 97 == 1

Usa IBAN inventati ma validi."""),
        _m(
            "Come si fa un'associazione molti-a-molti in Sequelize?",
            "Con belongsToMany su entrambi i modelli indicando la tabella ponte: Studente.belongsToMany(Corso, { through: 'Iscrizioni' }) e viceversa.",
            "e se nella tabella ponte voglio anche il voto finale e la data di iscrizione?",
        ),
        _u(
            """Il mio endpoint Django REST restituisce 403 "CSRF Failed: CSRF token missing" solo quando chiamo la POST dal frontend React, da Postman funziona. Uso SessionAuthentication. Cosa manca?"""
        ),
        _s(
            """Sei l'assistente per sviluppatori di CoopTrasporti. Standard interni: Java 21, Spring Boot, PostgreSQL, test con Testcontainers.""",
            """Mi serve un repository Spring Data con una query nativa che restituisca le spedizioni in ritardo (data_consegna_prevista < oggi e stato != 'CONSEGNATA') raggruppate per corriere, e il test con Testcontainers.""",
        ),
        _u("""Aggiungi gestione errori e retry a questo script che scarica gli ordini da un'API e li salva in CSV, a volte l'API risponde 503 e lo script muore:

import requests, csv
r = requests.get('https://api.esempio-shop.it/v1/ordini?dal=2024-10-01')
ordini = r.json()['ordini']
with open('ordini.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['id', 'cliente', 'totale'])
    for o in ordini:
        w.writerow([o['id'], o['cliente'], o['totale']])"""),
        _u(
            """come faccio in Postgres a trovare le righe duplicate nella tabella anagrafica_clienti considerando uguali i nomi a meno di maiuscole e spazi, e tenere solo quella con id più basso?"""
        ),
        _m(
            "Ho un problema con le date in JavaScript",
            "Dimmi pure: che cosa succede?",
            "salvo la data di nascita dal form come '1990-05-12', il backend la mette in una colonna DATE, ma quando la rileggo e la mostro con new Date(...).toLocaleDateString() diventa 11/05/1990. siamo in Italia",
        ),
        _u("""Codice Go, il test passa ma il linter dice "Error return value of `rows.Close` is not checked" e un collega dice che c'è anche un leak. Dove?

func (r *Repo) ClientiAttivi(ctx context.Context) ([]Cliente, error) {
    rows, err := r.db.QueryContext(ctx, "SELECT id, nome FROM clienti WHERE attivo = true")
    if err != nil {
        return nil, err
    }
    var out []Cliente
    for rows.Next() {
        var c Cliente
        if err := rows.Scan(&c.ID, &c.Nome); err != nil {
            return nil, err
        }
        out = append(out, c)
    }
    return out, nil
}"""),
        _u(
            """Macro VBA per Word: ho un modulo di offerta con segnalibri (Cliente, Data, Importo) e voglio compilarlo prendendo i dati dalla riga selezionata di un Excel, salvando poi il documento come PDF con il nome del cliente. Sono in ufficio commerciale, Office 365."""
        ),
        _u(
            """Cosa vuol dire "409 Conflict" che mi torna dalla nostra API quando aggiorno una pratica? Nel body c'è {"error":"version mismatch","expected":7,"got":6}"""
        ),
        _m(
            "Mi scrivi un modello Django per le ricette del blog di cucina?",
            "Certo: Ricetta con titolo, slug, descrizione, tempo_preparazione, difficoltà (choices), porzioni, autore (FK a User) e una tabella Ingrediente collegata con quantità e unità.",
            "ottimo, ora il serializer DRF annidato così posso creare ricetta e ingredienti con una sola POST",
        ),
        _s(
            "Sei l'assistente di sviluppo del gruppo Farmacie Bellini. Stack: ASP.NET Core 8, Dapper, SQL Server.",
            "Scrivimi il metodo Dapper che restituisce i prodotti in scadenza entro 60 giorni per punto vendita, con lotto e quantità, ordinati per data di scadenza.",
        ),
        _s(
            "Sei un agente di codice nel repo `noleggio-bici` (Node, Express, Prisma, Vitest). Strumenti: read_file, write_file, run.",
            "Aggiungi la restituzione della bici: calcola il costo in base ai minuti (primi 30 gratis, poi 0,10 €/min), chiude il noleggio, e 409 se il noleggio è già chiuso. Con test.",
        ),
        _m(
            "come si fa una select con LIKE in JPA senza scrivere la query?",
            "Con i derived query method: findByNomeContainingIgnoreCase(String testo) genera un LIKE %testo% case-insensitive.",
            "e se voglio cercare su nome O cognome con lo stesso testo, più paginazione?",
        ),
    ],
    "es": [
        _u("""¿Por qué me sale esto? Estoy haciendo la API de turnos para una peluquería

```
sequelize.ValidationError: notNull Violation: Turno.clienteId cannot be null
    at InstanceValidator._validate (/app/node_modules/sequelize/lib/instance-validator.js:78:13)
    at async TurnoController.crear (/app/src/controllers/turnos.js:22:19)
```

```js
async crear(req, res) {
  const { fecha, hora, servicio, cliente_id } = req.body;
  const turno = await Turno.create({ fecha, hora, servicio, clienteId: req.body.clienteId });
  res.status(201).json(turno);
}
```

El front manda `cliente_id`."""),
        _s(
            """Eres un agente de programación que trabaja en el repositorio `finca-app` (Rails 7.1, PostgreSQL, RSpec). Herramientas: leer_archivo, escribir_archivo, ejecutar. Escribe specs para cada cambio.""",
            "Necesito que las parcelas tengan un campo `superficie_ha` decimal con 2 decimales, obligatorio y mayor que cero. Migración, validación en el modelo, mostrarlo en el formulario y en el index, y specs del modelo.",
        ),
        _u("""Tengo estas tablas en MySQL:

alumnos(id, nombre, curso, fecha_alta)
asignaturas(id, nombre, horas_semana)
calificaciones(alumno_id, asignatura_id, evaluacion, nota)

Soy profe de secundaria y llevo las notas en una base que me montó un compañero. Necesito la consulta que saque, para la 2ª evaluación, los alumnos con 3 o más suspensos (nota < 5), con la lista de asignaturas suspendidas en una sola columna."""),
        _m(
            "Hola, estoy aprendiendo Spring Boot y tengo un CRUD de productos",
            "¡Genial! ¿Qué parte te está dando guerra?",
            """cuando hago un PUT para actualizar, si no mando el campo descripcion se queda en null en la base. Quiero que solo se actualice lo que mando. Mi código:

@PutMapping("/{id}")
public Producto actualizar(@PathVariable Long id, @RequestBody Producto datos) {
    Producto p = repo.findById(id).orElseThrow();
    p.setNombre(datos.getNombre());
    p.setPrecio(datos.getPrecio());
    p.setDescripcion(datos.getDescripcion());
    return repo.save(p);
}""",
        ),
        _u("""Historia de usuario del sprint, implementadla en Django + DRF:

Como responsable de almacén quiero registrar devoluciones de clientes indicando pedido, productos devueltos, cantidad y motivo (defectuoso / no le gustó / error de envío), para reponer stock automáticamente si el motivo no es "defectuoso".

Criterios:
- No se puede devolver más cantidad de la comprada.
- Plazo de 30 días desde la entrega.
- Endpoint POST /api/devoluciones/ y GET con filtro por motivo."""),
        _u("""Pasa este componente de React con clases a un componente funcional con hooks y React Hook Form para la validación:

class FormContacto extends React.Component {
  state = { nombre: '', email: '', mensaje: '', error: '' };

  enviar = async (e) => {
    e.preventDefault();
    if (!this.state.email.includes('@')) {
      this.setState({ error: 'Email no válido' });
      return;
    }
    await fetch('/api/contacto', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(this.state),
    });
    this.setState({ nombre: '', email: '', mensaje: '', error: '' });
  };

  render() {
    return (
      <form onSubmit={this.enviar}>
        <input value={this.state.nombre} onChange={e => this.setState({ nombre: e.target.value })} />
        <input value={this.state.email} onChange={e => this.setState({ email: e.target.value })} />
        <textarea value={this.state.mensaje} onChange={e => this.setState({ mensaje: e.target.value })} />
        {this.state.error && <p>{this.state.error}</p>}
        <button>Enviar</button>
      </form>
    );
  }
}"""),
        _u("""¿Alguien me explica este error de Postgres?

ERROR:  insert or update on table "lineas_factura" violates foreign key constraint "lineas_factura_factura_id_fkey"
DETAIL:  Key (factura_id)=(10452) is not present in table "facturas".

Lo raro es que inserto la factura justo antes en el mismo script de Python, con psycopg2. ¿Puede ser por el autocommit o por usar dos conexiones?"""),
        _s(
            "Eres un asistente de código integrado en el editor. Responde en español, con diffs cortos.",
            """Quiero añadir tests con Vitest a este composable, sobre todo el caso en que la API falla:

export function useClientes() {
  const clientes = ref<Cliente[]>([]);
  const cargando = ref(false);
  const error = ref<string | null>(null);

  async function cargar(filtro = '') {
    cargando.value = true;
    error.value = null;
    try {
      const r = await api.get('/clientes', { params: { q: filtro } });
      clientes.value = r.data;
    } catch (e) {
      error.value = 'No se pudieron cargar los clientes';
    } finally {
      cargando.value = false;
    }
  }
  return { clientes, cargando, error, cargar };
}""",
        ),
        _m(
            "¿Qué es un índice compuesto y cuándo conviene?",
            "Es un índice sobre varias columnas a la vez, por ejemplo (cliente_id, fecha). Sirve cuando filtras por la primera columna, o por la primera y la segunda; el orden importa.",
            "vale, y para esta consulta cuál me recomiendas? SELECT * FROM pedidos WHERE estado = 'pendiente' AND tienda_id = 12 ORDER BY creado_en DESC LIMIT 50",
        ),
        _u("""Log de la app en producción, los usuarios dicen que "no se guarda el formulario de alta":

2024-10-03T11:42:18.201Z  POST /api/socios 500
2024-10-03T11:42:18.199Z  [error] MongoServerError: E11000 duplicate key error collection: club.socios index: dni_1 dup key: { dni: null }

¿Qué está pasando si el DNI es un campo opcional?"""),
        _u(
            """Escríbeme un script en Python que lea un Excel de inventario de la bodega (columnas: código, descripción, stock, stock_minimo, proveedor) y mande por correo a cada proveedor la lista de sus productos por debajo del mínimo. SMTP del servidor de la empresa, sin contraseña en el código."""
        ),
        _u("""Este procedimiento almacenado de SQL Server tarda muchísimo, ¿por qué? ¿Cómo lo reescribo sin cursor?

CREATE PROCEDURE ActualizarSaldos AS
BEGIN
  DECLARE @id INT, @total DECIMAL(12,2);
  DECLARE c CURSOR FOR SELECT id FROM Clientes;
  OPEN c;
  FETCH NEXT FROM c INTO @id;
  WHILE @@FETCH_STATUS = 0
  BEGIN
    SELECT @total = SUM(importe) FROM Movimientos WHERE cliente_id = @id;
    UPDATE Clientes SET saldo = ISNULL(@total, 0) WHERE id = @id;
    FETCH NEXT FROM c INTO @id;
  END
  CLOSE c; DEALLOCATE c;
END"""),
        _m(
            "Tengo una hoja de cálculo con las cuotas del club de fútbol infantil",
            "¿Qué necesitas hacer con ella?",
            "columna A nombre del niño, B a M los meses con 'P' si pagó. quiero una columna que diga cuántos meses debe y que se ponga roja si son más de 2. Google Sheets",
        ),
        _s(
            """Eres el asistente interno de desarrollo de Transportes Ibarra. Stack: Laravel 10, Vue 3, MySQL.""",
            """Añade al modelo Vehiculo un scope `proximosItv($dias)` que devuelva los vehículos con la ITV caducando en los próximos N días, y un comando artisan que todos los lunes mande un email al jefe de flota con ese listado.""",
        ),
        _u("""Me da este error al hacer `npx prisma migrate dev` y no sé qué hacer:

Error: P3006
Migration `20240915_add_categoria` failed to apply cleanly to the shadow database.
Error code: P3018
Database error: column "categoria_id" of relation "Producto" contains null values

schema:
model Producto {
  id          Int       @id @default(autoincrement())
  nombre      String
  categoria   Categoria @relation(fields: [categoriaId], references: [id])
  categoriaId Int       @map("categoria_id")
}"""),
        _u("""Necesito tests con pytest para esta clase, con fixtures y sin tocar la base real:

class ServicioReservas:
    def __init__(self, repo, reloj):
        self.repo = repo
        self.reloj = reloj

    def reservar(self, mesa_id: int, personas: int, hora: datetime) -> Reserva:
        if hora < self.reloj.ahora():
            raise ValueError('hora en el pasado')
        mesa = self.repo.mesa(mesa_id)
        if personas > mesa.capacidad:
            raise ValueError('mesa pequeña')
        if self.repo.ocupada(mesa_id, hora):
            raise MesaOcupada()
        return self.repo.guardar(Reserva(mesa_id, personas, hora))"""),
        _m(
            "¿Cómo hago en Express que los errores de validación salgan todos en el mismo formato?",
            "Con un middleware de errores al final: (err, req, res, next) => {...}. Lanzas un error propio (p. ej. ErrorValidacion con una lista de campos) y ese middleware lo convierte en 400 con un JSON uniforme.",
            "muéstrame cómo integrarlo con express-validator, tengo validaciones en las rutas de /usuarios y /pedidos",
        ),
        _u("""Tengo el siguiente modelo en SQLAlchemy y necesito la migración de Alembic para renombrar la columna `telefono` a `telefono_movil` sin perder datos y añadir `telefono_fijo` opcional:

class Paciente(Base):
    __tablename__ = 'pacientes'
    id = mapped_column(Integer, primary_key=True)
    nombre = mapped_column(String(100))
    telefono = mapped_column(String(20))
    fecha_nacimiento = mapped_column(Date)"""),
        _u("""¿Por qué en Android con Retrofit me llega el objeto con todos los campos a null? La respuesta JSON es correcta en el log.

data class Pedido(val idPedido: Int, val fechaAlta: String, val importeTotal: Double)

Respuesta: {"id_pedido": 12, "fecha_alta": "2024-05-01", "importe_total": 59.9}"""),
        _s(
            """Eres un agente de código que trabaja en `api-inmobiliaria` (Go 1.22, chi, pgx, migrate). Herramientas: read_file, write_file, run. Usa tablas de tests.""",
            "Añade filtros a GET /inmuebles: precio_min, precio_max, habitaciones (mínimo) y zona. Todos opcionales. Construye la query con parámetros, nada de concatenar strings, y tests del handler con httptest.",
        ),
        _u(
            """Macro de Excel para el departamento de nóminas: tengo una hoja por mes (Enero, Febrero...) con la misma estructura (columna A empleado, columna F horas extra) y quiero una hoja Resumen con el total de horas extra de cada empleado en el año. Los nombres de empleado son los mismos en todas las hojas pero no en el mismo orden."""
        ),
        _u("""Me puedes explicar qué hace este código de Laravel y por qué cuando borro una categoría me da error 500?

public function destroy(Categoria $categoria)
{
    $categoria->delete();
    return redirect()->route('categorias.index')->with('ok', 'Categoría eliminada');
}

SQLSTATE[23000]: Integrity constraint violation: 1451 Cannot delete or update a parent row: a foreign key constraint fails (`tienda`.`productos`, CONSTRAINT `productos_categoria_id_foreign` FOREIGN KEY (`categoria_id`) REFERENCES `categorias` (`id`))

Quiero que muestre un aviso en vez de petar."""),
        _m(
            "Estoy con NestJS y TypeORM",
            "Perfecto, ¿en qué te ayudo?",
            "necesito un endpoint que liste facturas con paginación (page, limit), orden por fecha y búsqueda por nombre de cliente. Devuelve también el total de registros para el paginador del front",
        ),
        _u("""Esta función en C# para importar un CSV de clientes funciona pero con 200.000 líneas tarda 20 minutos. ¿Qué hago mal?

foreach (var linea in File.ReadLines(ruta).Skip(1))
{
    var c = linea.Split(';');
    var cliente = new Cliente { Nif = c[0], Nombre = c[1], Email = c[2] };
    if (!db.Clientes.Any(x => x.Nif == cliente.Nif))
    {
        db.Clientes.Add(cliente);
        db.SaveChanges();
    }
}"""),
        _u(
            """Dame la consulta para sacar el top 10 de productos más vendidos por trimestre en 2024, con el ranking dentro de cada trimestre. Tablas: ventas(id, fecha, producto_id, unidades, precio_unitario), productos(id, nombre). PostgreSQL 15."""
        ),
        _s(
            "Eres un tutor paciente de un curso de desarrollo web para adultos que cambian de profesión.",
            """Tengo que hacer una agenda de contactos con HTML, JS y localStorage: añadir, editar, borrar y buscar. Ya tengo el añadir pero al recargar se pierden los contactos:

const contactos = [];
function anadir() {
  const nombre = document.getElementById('nombre').value;
  const tel = document.getElementById('tel').value;
  contactos.push({ nombre, tel });
  localStorage.setItem('contactos', contactos);
  pintar();
}""",
        ),
        _u("""Explicadme este warning de Hibernate que me sale en todos los arranques y si es grave:

HHH90000022: Hibernate's legacy org.hibernate.criterion.Criteria API is deprecated; use the JPA javax.persistence.criteria.CriteriaQuery instead

Tenemos un DAO viejo con Criteria para las búsquedas de expedientes. ¿Cómo paso esta a CriteriaQuery?

Criteria c = session.createCriteria(Expediente.class);
c.add(Restrictions.eq("estado", "ABIERTO"));
c.add(Restrictions.ge("fechaAlta", desde));
c.addOrder(Order.desc("fechaAlta"));
return c.list();"""),
        _m(
            "hola, pregunta rápida de SQL",
            "¡Claro! Dime.",
            "diferencia entre WHERE y HAVING? tengo un GROUP BY por vendedor y quiero solo los que vendieron más de 10.000",
        ),
        _u("""Añade validaciones a este esquema de Joi y que los mensajes salgan en español:

const esquemaInscripcion = Joi.object({
  nombre: Joi.string(),
  email: Joi.string(),
  edad: Joi.number(),
  talla: Joi.string(),
  acepta: Joi.boolean(),
});

Es para la inscripción a una carrera popular: nombre obligatorio, email válido, edad entre 16 y 90, talla de camiseta XS-XXL y acepta tiene que ser true."""),
        _u(
            """Tengo un error en Flutter con sqflite: "DatabaseException(no such column: categoria)" después de actualizar la app. Añadí esa columna en el CREATE TABLE de onCreate pero los usuarios que ya tenían la app no la tienen. ¿Cómo se hacen las migraciones aquí?"""
        ),
        _s(
            """You are an autonomous coding agent in the repo `turnos-clinica` (Python, Flask, SQLAlchemy, pytest). Tools: open_file, edit_file, run_tests. The user writes in Spanish.""",
            "El listado /turnos devuelve todos los turnos de la historia y ya tarda mucho. Añade paginación con ?pagina y ?por_pagina (máx 100), orden por fecha desc, y actualiza los tests existentes.",
        ),
        _u("""¿Por qué este test de Jest da "Jest did not exit one second after the test run has completed"?

describe('GET /productos', () => {
  it('devuelve la lista', async () => {
    const res = await request(app).get('/productos');
    expect(res.status).toBe(200);
  });
});

app.js abre la conexión con mongoose.connect al importarse."""),
        _u("""Convierte este modelo de Django a un modelo de SQLAlchemy 2.0 con la sintaxis nueva de Mapped:

class Evento(models.Model):
    titulo = models.CharField(max_length=150)
    lugar = models.CharField(max_length=100, blank=True)
    inicio = models.DateTimeField()
    fin = models.DateTimeField(null=True, blank=True)
    aforo = models.PositiveIntegerField(default=50)
    organizador = models.ForeignKey(User, on_delete=models.PROTECT, related_name='eventos')
    creado = models.DateTimeField(auto_now_add=True)"""),
        _m(
            "¿Sabes hacer fórmulas de Excel para una contabilidad de autónomo?",
            "Sí, cuéntame qué columnas tienes y qué quieres calcular.",
            "fecha, concepto, base, tipo IVA (21, 10 o 4), y quiero el IVA, el total y un resumen por trimestre para el modelo 303",
        ),
        _u("""Tengo un endpoint en FastAPI que sube un PDF y guarda la ruta en la base. Quiero validar que sea PDF de verdad (no solo la extensión), máximo 10 MB, y devolver 415 o 413 según el caso. Este es el código actual:

@router.post('/documentos')
async def subir(archivo: UploadFile, db: Session = Depends(get_db)):
    ruta = f'uploads/{archivo.filename}'
    with open(ruta, 'wb') as f:
        f.write(await archivo.read())
    doc = Documento(nombre=archivo.filename, ruta=ruta)
    db.add(doc)
    db.commit()
    return {'id': doc.id}"""),
        _u(
            """en Rails, cómo hago un scope que me devuelva los pedidos sin ninguna línea? probé con `Pedido.joins(:lineas).where(lineas: { id: nil })` y me devuelve vacío"""
        ),
        _u("""Nuestro cron de facturación mensual falló con esto, ¿por qué?

Traceback (most recent call last):
  File "facturar.py", line 88, in <module>
    generar_facturas(mes=datetime.now().month - 1)
  File "facturar.py", line 41, in generar_facturas
    inicio = date(anio, mes, 1)
ValueError: month must be in 1..12

Falló el 1 de enero, claro. ¿Cómo lo arreglo bien?"""),
        _m(
            "Estoy montando un CRUD de mascotas para una protectora con Supabase",
            "¡Qué buen proyecto! ¿Usas la librería JS de Supabase desde el front?",
            "sí. quiero que cualquiera pueda ver las mascotas en adopción pero solo los voluntarios logueados puedan crear y editar. cómo escribo las políticas RLS y el insert desde JS?",
        ),
        _u("""Escribe el serializer y la vista de DRF para este modelo, con validación de que la fecha de vencimiento no sea anterior a la de emisión:

class Presupuesto(models.Model):
    cliente = models.ForeignKey(Cliente, on_delete=models.CASCADE)
    numero = models.CharField(max_length=20, unique=True)
    emision = models.DateField()
    vencimiento = models.DateField()
    importe = models.DecimalField(max_digits=10, decimal_places=2)"""),
        _u(
            "¿Qué significa exactamente un 204 No Content y cuándo debería devolverlo mi API en vez de un 200 con el objeto?"
        ),
        _s(
            "Eres el asistente técnico de la cooperativa Olivares del Sur. Ayudas con Excel, Access y SQL Server.",
            "Necesito una consulta que sume los kilos de aceituna entregados por cada socio en la campaña 2024/25 (de octubre a febrero) y calcule el rendimiento medio. Tabla Entregas(SocioId, Fecha, Kilos, Rendimiento).",
        ),
        _s(
            "Eres un agente de programación en el repo `agenda-dentista` (Laravel 11, Pest). Herramientas: leer, escribir, ejecutar.",
            "Añade recordatorios: un comando programado que cada día a las 18:00 envíe un email a los pacientes con cita al día siguiente. Usa el Mailable que ya existe y escribe tests con Mail::fake.",
        ),
        _m(
            "¿cómo hago un formulario dinámico en Angular para añadir varias líneas de pedido?",
            "Con FormArray dentro de un FormGroup: cada línea es un FormGroup (producto, cantidad, precio) que añades o quitas con push/removeAt.",
            "vale, y ¿cómo valido que haya al menos una línea y que la cantidad sea mayor que cero?",
        ),
    ],
    "pt": [
        _u("""Alguém sabe por que isso acontece? API de agendamento de consultas em NestJS

```
[Nest] 2931  - 14/08/2024, 10:12:44   ERROR [ExceptionsHandler] Nest can't resolve dependencies of the AgendamentoService (?, NotificacaoService). Please make sure that the argument "AgendamentoRepository" at index [0] is available in the AgendamentoModule context.
```

```ts
@Module({
  imports: [NotificacaoModule],
  providers: [AgendamentoService],
  controllers: [AgendamentoController],
})
export class AgendamentoModule {}
```

```ts
@Injectable()
export class AgendamentoService {
  constructor(
    @InjectRepository(Agendamento) private repo: Repository<Agendamento>,
    private notificacao: NotificacaoService,
  ) {}
}
```"""),
        _s(
            """Você é um agente de código trabalhando no repositório `padaria-pedidos` (Django 4.2, PostgreSQL, pytest). Ferramentas: ler_arquivo, editar_arquivo, rodar_comando. Sempre rode `pytest` no final.""",
            "Os pedidos de encomenda precisam de um campo `data_retirada` obrigatório, que não pode ser domingo nem ter menos de 24h de antecedência. Cria a migração com default para os pedidos antigos (data de criação + 1 dia), valida no form e no serializer, e escreve os testes.",
        ),
        _u("""Tenho o seguinte esquema no Postgres:

CREATE TABLE contas (id serial PRIMARY KEY, titular text, tipo text CHECK (tipo IN ('corrente','poupanca')));
CREATE TABLE lancamentos (id bigserial PRIMARY KEY, conta_id int REFERENCES contas(id), valor numeric(12,2), descricao text, data date);

Preciso da query do extrato: para uma conta e um mês, cada lançamento com o saldo acumulado linha a linha, começando do saldo anterior ao mês. Pode usar window function."""),
        _m(
            "Oi, to fazendo um app de lista de compras em React Native com SQLite (expo-sqlite)",
            "Legal! Em que parte você está?",
            """consegui criar a tabela, mas o insert não aparece na lista até eu fechar e abrir o app de novo. código:

const adicionar = async (nome: string) => {
  await db.runAsync('INSERT INTO itens (nome, comprado) VALUES (?, 0)', nome);
};

useEffect(() => {
  db.getAllAsync<Item>('SELECT * FROM itens').then(setItens);
}, []);""",
        ),
        _u("""História do Jira pra implementar (Spring Boot 3 + JPA + PostgreSQL):

CLIN-77 — Como recepcionista, quero cadastrar um convênio para o paciente (nome do convênio, número da carteirinha, validade), para que o faturamento saiba quem paga a consulta.
Critérios:
- um paciente pode ter no máximo um convênio ativo
- carteirinha só números, 8 a 20 dígitos
- validade não pode estar no passado no cadastro
- ao desativar, guardar data de desativação

Quero entidade, DTOs com Bean Validation, controller, service e teste do service."""),
        _u("""Converte esse código de Python com requests + sqlite3 pra usar SQLAlchemy ORM, e separa em funções:

import requests, sqlite3

con = sqlite3.connect('cotacoes.db')
cur = con.cursor()
cur.execute('CREATE TABLE IF NOT EXISTS cotacao (moeda TEXT, valor REAL, data TEXT)')
r = requests.get('https://api.exemplo-cambio.com.br/ultimas?moedas=USD,EUR')
for m in r.json()['cotacoes']:
    cur.execute('INSERT INTO cotacao VALUES (?, ?, ?)', (m['codigo'], m['valor'], m['data']))
con.commit()
for linha in cur.execute('SELECT * FROM cotacao ORDER BY data DESC LIMIT 10'):
    print(linha)"""),
        _u("""Por que esse erro no Laravel?

Illuminate\\Database\\Eloquent\\MassAssignmentException
Add [cpf] to fillable property to allow mass assignment on [App\\Models\\Cliente].

Eu já coloquei $guarded = [] num model base que o Cliente estende... ou achava que tinha."""),
        _s(
            "Você é um assistente de programação dentro do VS Code. Responda em português e mostre o código completo.",
            """Escreve testes com Jest + Supertest pra essas rotas, usando um banco em memória (mongodb-memory-server):

router.get('/produtos', async (req, res) => {
  const { categoria } = req.query;
  const filtro = categoria ? { categoria } : {};
  res.json(await Produto.find(filtro).sort('nome'));
});

router.post('/produtos', async (req, res) => {
  try {
    const p = await Produto.create(req.body);
    res.status(201).json(p);
  } catch (e) {
    res.status(400).json({ erro: e.message });
  }
});""",
        ),
        _m(
            "qual a diferença entre INNER JOIN e LEFT JOIN na prática?",
            "INNER JOIN só traz linhas com correspondência nas duas tabelas; LEFT JOIN traz todas da esquerda e preenche com NULL quando não há correspondência na direita.",
            "então pra listar todos os vendedores inclusive os que não venderam nada no mês, com total 0, como fica? tabelas vendedores e vendas(vendedor_id, valor, data)",
        ),
        _u("""Log do servidor depois que subimos a versão nova, a tela de relatório de vendas ficou branca:

2024-11-02 16:03:11,442 ERROR [http-nio-8080-exec-7] c.l.r.RelatorioController: erro ao gerar relatório
org.springframework.jdbc.BadSqlGrammarException: PreparedStatementCallback; bad SQL grammar [SELECT v.id, v.valor, c.nome FROM venda v JOIN cliente c ON c.id = v.cliente_id WHERE v.data BETWEEN ? AND ? ORDER BY v.dt_venda]; nested exception is org.postgresql.util.PSQLException: ERROR: column v.dt_venda does not exist

Por quê, se funcionava antes?"""),
        _u(
            """Preciso de uma fórmula no Google Planilhas pro controle de estoque da minha loja de roupas: na aba Movimentos tenho data, SKU, tipo (entrada/saída) e quantidade; na aba Produtos, o SKU e o estoque inicial. Quero o estoque atual na aba Produtos e que fique vermelho quando estiver abaixo de 5."""
        ),
        _u("""Refatora esse controller do Express que está enorme, separa em service e adiciona validação com zod:

app.post('/matriculas', async (req, res) => {
  const { alunoId, turmaId } = req.body;
  if (!alunoId || !turmaId) return res.status(400).send('dados faltando');
  const turma = await db.turma.findUnique({ where: { id: turmaId }, include: { matriculas: true } });
  if (!turma) return res.status(404).send('turma não existe');
  if (turma.matriculas.length >= turma.vagas) return res.status(409).send('turma cheia');
  const ja = turma.matriculas.find(m => m.alunoId === alunoId);
  if (ja) return res.status(409).send('já matriculado');
  const m = await db.matricula.create({ data: { alunoId, turmaId } });
  await enviarEmail(alunoId, 'Matrícula confirmada');
  res.status(201).json(m);
});"""),
        _m(
            "to estudando Django, fiz um blog simples",
            "Show! Quer ajuda com o quê?",
            "quero que só o autor consiga editar e apagar o próprio post, hoje qualquer logado consegue. uso class based views UpdateView e DeleteView",
        ),
        _s(
            """Você é o assistente interno de TI da Cooperativa Agrovale. Ajuda a equipe com scripts, SQL (SQL Server) e Power Query.""",
            """Preciso de uma consulta que some as entregas de leite por cooperado por quinzena (1–15 e 16–fim do mês), com o preço por litro da tabela de preços vigente na data. Tabelas: Entregas(CooperadoId, Data, Litros), Precos(VigenciaInicio, VigenciaFim, PrecoLitro).""",
        ),
        _u("""Me explica esse erro do TypeORM? Aparece quando salvo um pedido com itens:

QueryFailedError: null value in column "pedidoId" of relation "item_pedido" violates not-null constraint

const pedido = repo.create({ cliente, itens: [{ produto, quantidade: 2 }] });
await repo.save(pedido);

A relação é @OneToMany(() => ItemPedido, i => i.pedido) no Pedido."""),
        _u(
            """Escreve um script em Node que leia um CSV de clientes (nome;email;telefone;cidade), valide os e-mails, remova duplicados por e-mail e insira num Postgres em lotes de 500. Mostrar no final quantos foram inseridos e quantos rejeitados (com motivo num arquivo rejeitados.csv)."""
        ),
        _u(
            """Migração do Rails pra adicionar índice único em (empresa_id, cnpj) na tabela fornecedores, só que já existem duplicados em produção. Como faço a migração segura: primeiro limpar os duplicados mantendo o mais recente, depois criar o índice? Postgres, tabela com uns 2 milhões de linhas."""
        ),
        _m(
            "Preciso de ajuda com testes no Kotlin",
            "Claro! Qual framework vocês usam: JUnit 5, Kotest, MockK?",
            """JUnit 5 e MockK. Esse use case aqui:

class FecharCaixaUseCase(private val caixaRepo: CaixaRepository, private val vendaRepo: VendaRepository) {
    fun executar(caixaId: Long, valorContado: BigDecimal): Fechamento {
        val caixa = caixaRepo.buscar(caixaId) ?: throw CaixaNaoEncontrado(caixaId)
        if (caixa.fechado) throw CaixaJaFechado(caixaId)
        val esperado = caixa.abertura + vendaRepo.totalDinheiro(caixaId)
        val diferenca = valorContado - esperado
        caixaRepo.fechar(caixaId, valorContado, diferenca)
        return Fechamento(esperado, valorContado, diferenca)
    }
}""",
        ),
        _u("""Qual o problema desse código? A listagem de chamados do helpdesk mostra só 20 e os filtros de status param de funcionar quando mudo de página:

<a href="?page={{ page_obj.next_page_number }}">Próxima</a>

def chamados(request):
    qs = Chamado.objects.all()
    status = request.GET.get('status')
    if status:
        qs = qs.filter(status=status)
    paginator = Paginator(qs, 20)
    page_obj = paginator.get_page(request.GET.get('page'))
    return render(request, 'chamados.html', {'page_obj': page_obj})"""),
        _s(
            """Você é um agente autônomo no repositório `sistema-condominio` (PHP 8.3, Laravel 11, Pest). Pode ler e editar arquivos e rodar `php artisan test`.""",
            "Cria a funcionalidade de reserva do salão de festas: model Reserva (unidade, data, período manhã/tarde/noite), não pode ter duas reservas no mesmo dia e período, morador só pode ter 2 reservas futuras. Migration, FormRequest, controller e testes Pest.",
        ),
        _u("""O que significa 'detached entity passed to persist' no Hibernate? Estou tentando salvar um Pedido com um Cliente que veio do front só com o id:

org.hibernate.PersistentObjectException: detached entity passed to persist: br.com.loja.model.Cliente"""),
        _u(
            """Faz uma macro VBA pro meu chefe: na planilha de ordens de serviço, quando clicar num botão, ela gera um PDF de cada OS com status "Concluída" usando o modelo da aba "Impressão", salva numa pasta com o número da OS e marca a coluna H como "Enviado". Sou estagiário de administração."""
        ),
        _m(
            "Vocês conseguem olhar uma query?",
            "Claro, manda aí.",
            """SELECT p.nome, COUNT(*) FROM produtos p LEFT JOIN avaliacoes a ON a.produto_id = p.id GROUP BY p.nome

os produtos sem avaliação aparecem com 1 e não 0. por quê?""",
        ),
        _u("""Transforma essa classe de acesso a dados com JDBC puro num repository do Spring Data JPA, com a entidade:

public class LivroDao {
    public List<Livro> buscarPorAutor(String autor) throws SQLException {
        String sql = "SELECT id, titulo, autor, ano, isbn FROM livro WHERE autor ILIKE ? ORDER BY ano";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "%" + autor + "%");
            ResultSet rs = ps.executeQuery();
            List<Livro> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Livro(rs.getLong("id"), rs.getString("titulo"), rs.getString("autor"), rs.getInt("ano"), rs.getString("isbn")));
            }
            return out;
        }
    }
}"""),
        _u(
            """Como valido CPF num formulário Angular com Reactive Forms? Quero um validator customizado reutilizável e a mensagem de erro embaixo do campo. Os CPFs de teste podem ser inventados."""
        ),
        _s(
            "Você é um tutor de programação para alunos de técnico em informática. Explica devagar e dá exemplos.",
            "professor, não entendi pra que serve chave estrangeira. no meu trabalho tenho tabela alunos e tabela notas, preciso mesmo disso? o que acontece se eu não colocar?",
        ),
        _u("""Erro no Flask-SQLAlchemy quando rodo o script fora da aplicação:

RuntimeError: Working outside of application context.

This typically means that you attempted to use functionality that needed the current application. To solve this, set up an application context with app.app_context().

O script é só pra importar uma planilha de produtos pro banco. Como organizo isso direito?"""),
        _m(
            "Fiz um endpoint GraphQL com Strawberry",
            "Legal! Está funcionando a query básica?",
            "sim, agora preciso de uma mutation pra atualizar o status de uma entrega (pendente, em_rota, entregue) com validação de transição: não pode voltar de entregue pra pendente",
        ),
        _u("""Meu teste do PHPUnit passa sozinho mas falha quando rodo a suíte inteira:

Failed asserting that 3 matches expected 1.
tests/Feature/ClienteTest.php:44

public function test_cria_cliente() {
    $this->post('/clientes', ['nome' => 'Teste', 'email' => 't@exemplo.com']);
    $this->assertEquals(1, Cliente::count());
}

Não uso RefreshDatabase. Deveria?"""),
        _u(
            """Preciso de uma query MySQL pro dashboard da academia: número de check-ins por hora do dia e dia da semana nos últimos 90 dias, pra montar um mapa de calor. Tabela checkins(id, aluno_id, entrou_em DATETIME)."""
        ),
        _s(
            """You are a coding agent for the repo `frota-api` (C# .NET 8, EF Core, xUnit). Tools: read_file, write_file, dotnet. Answer the user in Portuguese.""",
            "Adiciona o campo Quilometragem (int, >= 0) no Veiculo, migration do EF, e bloqueia no PUT se a nova quilometragem for menor que a atual (retorna 422). Testes xUnit pro service.",
        ),
        _m(
            "Tenho um sistema em Delphi antigo com Firebird",
            "Ok! O que você precisa fazer nele?",
            "um relatório de contas a receber vencidas agrupado por cliente com total e maior atraso em dias. tabela RECEBER(ID, CLIENTE_ID, VALOR, VENCIMENTO, PAGO_EM). preciso só do SQL Firebird",
        ),
        _u("""Por que o Pydantic me devolve isso?

1 validation error for ProdutoCreate
preco
  Input should be a valid decimal [type=decimal_type, input_value='19,90', input_type=str]

O front manda o preço formatado em pt-BR. Prefiro tratar no backend, como faço um validador que aceite vírgula?"""),
        _u(
            """Escreve o model Sequelize, a migration e as rotas CRUD pra tabela de "ocorrências" de uma escola: aluno_id, tipo (advertência/elogio/atraso), descrição, data, registrado_por. Listagem com filtro por turma e período."""
        ),
        _u(
            """Pergunta conceitual: o que é lazy loading no Entity Framework e por que meu JSON da API vem com a lista de pedidos vazia em vez de carregada?"""
        ),
        _m(
            "Me ajuda com uma planilha de notas?",
            "Claro! Como está organizada?",
            "colunas B a E são as 4 provas, F trabalho. média = (soma das provas*0,8/4) + trabalho*0,2. se média >= 6 'Aprovado', entre 4 e 6 'Recuperação', abaixo 'Reprovado'. qual fórmula?",
        ),
        _u(
            """Meu Dockerfile sobe o app Django mas as migrações não rodam e dá 'relation "core_pedido" does not exist' no primeiro acesso. Onde coloco o migrate? Tenho o docker-compose com web e db."""
        ),
        _u("""Implementa esse ticket, é rapidinho:

"Na tela de cadastro de fornecedores, o campo CNPJ aceita qualquer coisa. Aplicar máscara 00.000.000/0000-00 no front (React) e validar os dígitos no back (Node/Express) retornando 400 com mensagem 'CNPJ inválido'." """),
        _u("""Adiciona soft delete nesse model do Prisma e ajusta as consultas pra ignorar os apagados:

model Cliente {
  id        Int      @id @default(autoincrement())
  nome      String
  email     String   @unique
  criadoEm  DateTime @default(now())
  pedidos   Pedido[]
}

Problema: o email é unique, então se apagar e recadastrar o mesmo email vai dar conflito. Como resolvo?"""),
        _s(
            "Você é o assistente de dev da Transportadora Rio Claro. Stack: Python, Django, PostgreSQL.",
            "Preciso de um management command que importe o arquivo de ocorrências de entrega (TXT posicional do parceiro) e atualize o status das notas fiscais. Layout: posições 1-44 chave da NF, 45-47 código da ocorrência, 48-59 data/hora.",
        ),
        _s(
            "Você é um agente de código no repo `pet-shop-api` (Spring Boot, JPA, JUnit). Ferramentas: read_file, write_file, mvn.",
            "Cria o endpoint de agendamento de banho e tosa com validação de horário comercial (8h-18h, seg-sáb) e sem conflito para o mesmo funcionário. Testes incluídos.",
        ),
        _m(
            "como funciona o cascade no JPA?",
            "Define quais operações no pai se propagam para os filhos: PERSIST salva os filhos junto, REMOVE apaga, ALL faz tudo.",
            "então no meu Pedido com itens, se eu tirar um item da lista e salvar, ele é apagado do banco? ou preciso de orphanRemoval?",
        ),
    ],
    "ja": [
        _u("""このエラーの原因が分かりません。

```
ActiveRecord::RecordInvalid: バリデーションに失敗しました: Userを入力してください
  app/controllers/reviews_controller.rb:12:in `create'
```

```ruby
class ReviewsController < ApplicationController
  before_action :authenticate_user!

  def create
    @shop = Shop.find(params[:shop_id])
    @review = @shop.reviews.create!(review_params)
    redirect_to @shop, notice: 'レビューを投稿しました'
  end

  private

  def review_params
    params.require(:review).permit(:rating, :comment)
  end
end
```

ログインはしている状態です。"""),
        _s(
            """あなたはリポジトリ `kintai-app`（Laravel 10, MySQL 8, PHPUnit）で作業するコーディングエージェントです。使えるツール: read_file, write_file, run_command。変更後は必ずテストを実行してください。""",
            "打刻テーブルに `break_minutes`（休憩時間、分、0以上、デフォルト60）を追加して、月次集計の実労働時間から差し引くようにしてください。マイグレーション、モデル、集計サービス、テストをお願いします。",
        ),
        _m(
            "Djangoで在庫管理の小さいアプリを作っています。",
            "いいですね。どのあたりでお困りですか？モデル設計、画面、集計など。",
            """入出庫の履歴から現在庫を出したいです。モデルはこんな感じです。

class Item(models.Model):
    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=100)

class Movement(models.Model):
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name='movements')
    kind = models.CharField(max_length=3, choices=[('IN', '入庫'), ('OUT', '出庫')])
    qty = models.PositiveIntegerField()
    moved_at = models.DateTimeField()

アイテムごとの現在庫をannotateで1クエリで取る方法を教えてください。""",
        ),
        _u("""以下のテーブルがあります（PostgreSQL）。

CREATE TABLE members (id serial PRIMARY KEY, name text, joined_on date, plan text);
CREATE TABLE visits (id bigserial PRIMARY KEY, member_id int REFERENCES members(id), visited_at timestamptz);

フィットネスジムの会員で、直近30日間に一度も来館していない会員を、最終来館日つきで出すSQLを書いてください。一度も来ていない人も含めたいです。"""),
        _u("""チケットをそのまま貼ります。実装お願いします（Next.js 14 + Prisma）。

【TASK-309】お問い合わせフォームの実装
- 項目：氏名（必須）、メールアドレス（必須・形式チェック）、会社名（任意）、お問い合わせ種別（製品について／見積り依頼／その他）、本文（必須・2000文字以内）
- 送信後、DBに保存してサンクスページへ遷移
- 二重送信防止
- バリデーションはサーバー側でも行うこと（zod）"""),
        _u("""このExpressのコードをFastAPIに書き換えてください。Pydanticモデルも定義してほしいです。

app.get('/api/books', async (req, res) => {
  const { author, page = 1 } = req.query;
  const limit = 20;
  const where = author ? { author } : {};
  const books = await Book.findAll({ where, limit, offset: (page - 1) * limit, order: [['published', 'DESC']] });
  res.json(books);
});

app.post('/api/books', async (req, res) => {
  const { title, author, isbn, published } = req.body;
  if (!title || !isbn) return res.status(400).json({ message: 'title と isbn は必須です' });
  const book = await Book.create({ title, author, isbn, published });
  res.status(201).json(book);
});"""),
        _m(
            "SQLのトランザクション分離レベルって何ですか？",
            "同時に走るトランザクション同士が、お互いの未確定・確定済みの変更をどこまで見えるかを決める設定です。READ COMMITTED、REPEATABLE READ、SERIALIZABLEなどがあります。",
            "じゃあ、予約システムで同じ席が二重に予約されるのを防ぐには、分離レベルを上げればいいんですか？それとも別の方法がありますか？ MySQLです",
        ),
        _s(
            "あなたはIDEに組み込まれたコーディングアシスタントです。日本語で簡潔に答え、変更箇所はコードで示してください。",
            """このJestのテストがたまに落ちます。原因と直し方を教えてください。

test('有効期限切れのクーポンは使えない', () => {
  const coupon = { code: 'SPRING', expiresAt: new Date(Date.now() + 1000) };
  setTimeout(() => {
    expect(isUsable(coupon)).toBe(false);
  }, 1500);
});""",
        ),
        _u("""本番のログです。なぜでしょうか。

2024-09-18 09:00:02 [ERROR] SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction
2024-09-18 09:00:02 [ERROR] at App\\Services\\PointService->grant (PointService.php:58)
2024-09-18 09:00:03 [INFO] batch:monthly-points finished with 312 errors

毎月1日の9時に全会員にポイントを付与するバッチと、同時刻に始まるキャンペーンのポイント付与APIが同じ points テーブルを更新しています。"""),
        _u(
            """経理担当です。Excelで、A列に取引日、B列に取引先、C列に金額が入った表から、取引先ごと・月ごとの合計を別シートに出したいです。取引先は毎月増えます。ピボットではなく関数でやりたいのですが、SUMIFSとUNIQUEの組み合わせで書けますか？"""
        ),
        _m(
            "Spring BootでREST APIを作っています",
            "はい、どの部分について知りたいですか？",
            """入力チェックでエラーになったとき、今はデフォルトの長いJSONが返ってきます。フィールド名とメッセージだけのリストにしたいです。

@PostMapping("/staff")
public StaffResponse create(@Valid @RequestBody StaffRequest req) {
    return service.create(req);
}""",
        ),
        _u("""pytestでテストを書いてください。境界値もお願いします。

def shipping_fee(prefecture: str, total: int) -> int:
    if total >= 5000:
        return 0
    if prefecture in ('北海道', '沖縄県'):
        return 1200
    return 600

ECサイトの送料計算です。"""),
        _s(
            """あなたは株式会社ミナトベーカリーの社内開発ボットです。基幹システムはOracle 19c、業務アプリはJava（Spring）で書かれています。""",
            """店舗別・日別の売上と前年同日比を出すSQLをお願いします。テーブルは SALES(STORE_CD, SALES_DATE, AMOUNT)。前年同日は曜日を合わせて364日前で比較したいです。""",
        ),
        _u("""Vue 3のこのコンポーネント、一覧から削除ボタンを押すとAPIは成功するのに画面から消えません。

<script setup>
import { ref, onMounted } from 'vue'
const tasks = ref([])
onMounted(async () => {
  tasks.value = await (await fetch('/api/tasks')).json()
})
async function remove(id) {
  await fetch(`/api/tasks/${id}`, { method: 'DELETE' })
  tasks.value.filter(t => t.id !== id)
}
</script>

<template>
  <li v-for="t in tasks" :key="t.id">{{ t.title }} <button @click="remove(t.id)">削除</button></li>
</template>"""),
        _m(
            "TypeORMでマイグレーションを使い始めました",
            "いいですね。generate と run の使い方はもう大丈夫ですか？",
            "generateしたら既存のテーブルを全部DROPしてCREATEするマイグレーションができてしまいました。本番に流したら大変なことになるので、原因を教えてください",
        ),
        _u("""このSQLが遅いです。EXPLAIN ANALYZEを貼ります。なぜインデックスが使われないのでしょうか。

SELECT * FROM orders WHERE customer_email = lower('Sato@Example.jp');

Seq Scan on orders  (cost=0.00..25480.00 rows=5 width=120) (actual time=0.031..180.512 rows=3 loops=1)
  Filter: (customer_email = 'sato@example.jp'::text)
  Rows Removed by Filter: 899997

customer_email にはbtreeインデックスがあります。メールアドレスは大文字小文字混在で保存されています。"""),
        _u(
            """Pythonで、社内共有フォルダにある日報のテキストファイル（日報_YYYYMMDD_名前.txt）を読み込んで、1か月分をExcelにまとめるスクリプトを書いてほしいです。列は日付・名前・本文。openpyxlで。"""
        ),
        _s(
            """You are a coding agent working in the repository `clinic-booking` (Go 1.22, Echo, sqlc, PostgreSQL). Tools: read_file, edit_file, run. The user writes in Japanese.""",
            "予約キャンセルAPI（DELETE /reservations/:id）を追加してください。予約時刻の24時間前を過ぎていたら409を返す。sqlcのクエリ追加とハンドラー、テーブル駆動テストまでお願いします。",
        ),
        _u("""このエラーは何を意味していますか？

Unhandled Runtime Error
Error: Hydration failed because the initial UI does not match what was rendered on the server.

予約一覧のページで、日付を new Date(r.startAt).toLocaleString() で表示しているところです。"""),
        _m(
            "Laravelでリレーションの質問です",
            "どうぞ、どんなモデル構成ですか？",
            "社員(Employee)と資格(Qualification)が多対多で、中間テーブルに取得日と有効期限があります。有効期限切れの資格を持つ社員一覧を取りたいです。Eloquentでどう書きますか？",
        ),
        _u("""Kotlinで書いたRoomのDAOにテストを書きたいです。インメモリDBを使う方法で、insertとクエリ結果の確認、削除の3つのテストをお願いします。

@Dao
interface ExpenseDao {
    @Insert suspend fun insert(e: Expense): Long
    @Query("SELECT * FROM expense WHERE month = :month ORDER BY spent_on")
    suspend fun byMonth(month: String): List<Expense>
    @Delete suspend fun delete(e: Expense)
}"""),
        _u(
            """Google Apps Scriptで、フォームの回答シートに新しい行が追加されたら、担当者列の人にメールで通知したいです。担当者は申請種別（備品／経費／休暇）ごとに別シートで決まっています。総務部で使います。"""
        ),
        _m(
            "RailsでN+1が出ているとBulletに言われました",
            "どのアクションで出ていますか？該当のコントローラーとビューを見せてください。",
            """index です。

@projects = current_user.company.projects.order(updated_at: :desc)

ビューで project.owner.name と project.tasks.where(done: false).count を出しています。""",
        ),
        _s(
            "あなたはプログラミング初心者向けの優しい家庭教師です。専門用語はかみ砕いて説明してください。",
            "大学の授業でPHPとMySQLを使って掲示板を作っています。投稿は保存できるのですが、一覧で新しい順に並べて、1ページ10件ずつ表示するにはどうしたらいいですか？",
        ),
        _u("""Prismaのスキーマから、下の要件のモデルを書いてください。

- 店舗（名前、住所、電話番号）
- スタッフ（名前、店舗、役割：店長／スタッフ／アルバイト）
- シフト（スタッフ、日付、開始時刻、終了時刻）
- 同じスタッフの同じ日のシフトは1件まで

そのあと、ある店舗の来週のシフト表を取得するクエリもお願いします。"""),
        _m(
            "JavaScriptで日付のバリデーションについて",
            "どんな入力で、どんなチェックをしたいですか？",
            "予約フォームで、開始日と終了日があって、終了日が開始日より前ならエラー、最大14泊まで。React Hook Form と zod を使っています",
        ),
        _u("""ログを貼ります。CSVインポートで一部の行だけ文字化けします。

[import] row=1021 name=?????? address=??????
[import] row=1022 name=山田商店 address=大阪府...

取引先から来るCSVは、ある会社のだけShift_JISで、ほかはUTF-8です。Pythonでどちらでも読めるようにするにはどうすればいいですか？"""),
        _u("""MyBatisのマッパーXMLで、IN句に渡すリストが空のときにSQLエラーになります。

<select id="findByIds" resultType="Product">
  SELECT * FROM product WHERE id IN
  <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
</select>

空なら全件ではなく0件を返したいです。"""),
        _s(
            """あなたはリポジトリ `recipe-share`（Django 5 + DRF、pytest）で作業するAIエージェントです。ツール: read, write, bash。""",
            "レシピのお気に入り機能を追加してください。Favoriteモデル（user, recipe, created_at、ユニーク制約）、POST/DELETE /api/recipes/{id}/favorite/、一覧APIに is_favorited フィールド。テストも。",
        ),
        _m(
            "PostgreSQLのUPSERTってどう書くんでしたっけ",
            "INSERT ... ON CONFLICT (一意キーの列) DO UPDATE SET 列 = EXCLUDED.列 という形です。",
            "複数列のユニーク制約(shop_id, jan_code)のときも同じ？ あと更新しないで無視したい場合は？",
        ),
        _u("""このGoのハンドラーにバリデーションを追加してほしいです。名前は1〜50文字、メールは形式チェック、年齢は0〜120。エラーは項目ごとにJSONで返したいです。

func createUser(w http.ResponseWriter, r *http.Request) {
    var in struct {
        Name  string `json:"name"`
        Email string `json:"email"`
        Age   int    `json:"age"`
    }
    json.NewDecoder(r.Body).Decode(&in)
    u, err := store.CreateUser(r.Context(), in.Name, in.Email, in.Age)
    if err != nil {
        http.Error(w, err.Error(), 500)
        return
    }
    json.NewEncoder(w).Encode(u)
}"""),
        _u(
            """SQLiteでこのエラーが出ます。「FOREIGN KEY constraint failed」にならないはずの削除で、逆に外部キー制約が効いていない感じです。子テーブルの行が残ってしまいます。ON DELETE CASCADE を書いているのに、なぜでしょう？"""
        ),
        _m(
            "Flutterでフォームを作っています",
            "はい、どんなフォームですか？",
            """会員登録です。郵便番号を入れたら住所を自動入力したいのと、電話番号は数字とハイフンだけにしたいです。今のコード:

TextFormField(
  decoration: const InputDecoration(labelText: '郵便番号'),
  onChanged: (v) => zip = v,
),""",
        ),
        _u(
            """ユニットテストとは何で、結合テストとどう違うのか、今度新人研修で説明することになりました。会計システムの「請求書の消費税計算」を例に、それぞれどんなテストを書くか具体例つきで教えてください。"""
        ),
        _m(
            "Excelマクロで困ってます",
            "どんな処理でしょうか？",
            "受注一覧シートの納期列が今日より前で、ステータスが「未出荷」の行を黄色にして、件数をメッセージボックスで出したいです。毎朝ボタンで実行する想定です",
        ),
        _u("""NestJSのこのサービスのユニットテストを書いてください。リポジトリはモックで。

@Injectable()
export class InvoiceService {
  constructor(@InjectRepository(Invoice) private repo: Repository<Invoice>) {}

  async markPaid(id: number, paidAt: Date) {
    const inv = await this.repo.findOneBy({ id });
    if (!inv) throw new NotFoundException();
    if (inv.status === 'paid') throw new ConflictException('既に入金済みです');
    inv.status = 'paid';
    inv.paidAt = paidAt;
    return this.repo.save(inv);
  }
}"""),
        _u(
            """ストーリー：「図書室の司書として、返却期限を過ぎた本の一覧をクラス別に印刷したい」。小学校の図書管理で、Accessで作られたDBがあります。テーブルは 貸出(貸出ID, 児童ID, 本ID, 貸出日, 返却日), 児童(児童ID, 氏名, クラス), 本(本ID, 書名)。期限は貸出日から14日。クエリを書いてください。"""
        ),
        _m(
            "SQLAlchemyで質問です",
            "どうぞ。",
            "session.commit() したあとにオブジェクトの属性を読むと毎回SELECTが飛ぶのはなぜですか？ expire_on_commit っていうのが関係ありますか？",
        ),
        _u("""Alembicで autogenerate したマイグレーションを見たら、Enumの値を追加しただけなのに何も差分が出ません。PostgreSQLのENUM型に 'suspended' を追加するマイグレーションを手で書く方法を教えてください。

status = mapped_column(Enum('active', 'inactive', 'suspended', name='account_status'))"""),
        _s(
            "あなたは株式会社サクラ運輸の社内ヘルプボットです。Excel VBAとAccessの質問に答えます。",
            "配車表シートで、同じドライバーが同じ日に2件以上入っていたらセルを赤くして警告を出すマクロを書いてください。A列日付、B列ドライバー名、C列行き先です。",
        ),
        _s(
            "You are a coding agent in the repository `juku-manager` (Ruby on Rails 7, RSpec). Tools: read_file, write_file, run. The user writes in Japanese.",
            "生徒の月謝に兄弟割引（2人目以降10%引き）を入れてください。Familyモデルはあります。計算ロジックはサービスクラスに、RSpecも追加で。",
        ),
        _m(
            "Djangoのフォームで質問です",
            "どうぞ、どんなフォームですか？",
            "郵便番号を「123-4567」形式に正規化して保存したいです。clean_zip で全角数字も半角にしたいんですが、どう書きますか？",
        ),
    ],
    "zh": [
        _s(
            """你是一个在仓库 `tuanggou-mall`（Spring Boot 3 + MyBatis-Plus + MySQL 8）里工作的编程 Agent。可用工具：read_file、write_file、run_shell。改完代码必须跑 `mvn test`。""",
            "商品表加一个 `stock_warning` 字段（库存预警值，int，默认 10），后台商品列表接口支持按「库存低于预警值」筛选，补充单元测试。",
        ),
        _m(
            "我在用 Vue3 + Element Plus 写后台管理系统",
            "好的，遇到什么问题了？",
            """用户新增弹窗的表单校验不生效，点确定直接提交了：

<el-form :model="form" ref="formRef">
  <el-form-item label="用户名" prop="username">
    <el-input v-model="form.username" />
  </el-form-item>
  <el-form-item label="手机号" prop="mobile">
    <el-input v-model="form.mobile" />
  </el-form-item>
</el-form>

const rules = reactive({
  username: [{ required: true, message: '请输入用户名', trigger: 'blur' }],
  mobile: [{ pattern: /^1[3-9][0-9]{9}$/, message: '手机号格式不对', trigger: 'blur' }],
})

async function submit() {
  await api.addUser(form)
}""",
        ),
        _u("""表结构如下（MySQL）：

CREATE TABLE student (id INT PRIMARY KEY, name VARCHAR(20), class_id INT);
CREATE TABLE exam_score (id INT PRIMARY KEY, student_id INT, subject VARCHAR(10), score DECIMAL(5,1), exam_date DATE);

帮我写一条 SQL：查出每个班级期中考试（2024-11-05）总分前三名的学生，分数相同名次并列。MySQL 8 可以用窗口函数。"""),
        _u("""需求单贴一下，帮我实现（Django + DRF）：

【需求】门店会员积分
1. 会员每消费 1 元积 1 分，订单完成后自动入账
2. 积分可抵现，100 分 = 1 元，单笔最多抵订单金额的 20%
3. 退款时扣回对应积分，积分不够扣就记负数
4. 提供接口：查询积分余额、积分流水（分页）

需要 model、service、序列化器和接口，还有单元测试。"""),
        _u("""把这段 Flask 代码改写成 Gin（Go），保持接口行为一致：

@app.route('/api/notes', methods=['GET'])
def list_notes():
    tag = request.args.get('tag')
    q = Note.query.filter_by(owner_id=g.user.id)
    if tag:
        q = q.filter(Note.tags.contains(tag))
    return jsonify([n.to_dict() for n in q.order_by(Note.updated_at.desc()).all()])

@app.route('/api/notes', methods=['POST'])
def create_note():
    data = request.get_json() or {}
    if not data.get('title'):
        return jsonify(error='标题不能为空'), 400
    n = Note(title=data['title'], content=data.get('content', ''), owner_id=g.user.id)
    db.session.add(n)
    db.session.commit()
    return jsonify(n.to_dict()), 201"""),
        _m(
            "MyBatis 的 #{} 和 ${} 有什么区别？",
            "#{} 是预编译参数，会变成 ? 占位符，安全；${} 是字符串直接拼接进 SQL，有注入风险，一般只用于表名、排序字段这种不能用占位符的地方。",
            "那我列表页要支持前端传排序字段和升降序，怎么写比较安全？",
        ),
        _s(
            "你是嵌入在 IDE 里的编程助手，用中文回答，给出完整代码。",
            """帮我给这个 Service 写 JUnit5 + Mockito 的单元测试：

@Service
@RequiredArgsConstructor
public class CouponService {
    private final CouponMapper couponMapper;
    private final UserCouponMapper userCouponMapper;

    @Transactional
    public void receive(Long userId, Long couponId) {
        Coupon c = couponMapper.selectById(couponId);
        if (c == null || c.getEndTime().isBefore(LocalDateTime.now())) {
            throw new BizException("优惠券不存在或已过期");
        }
        if (userCouponMapper.countByUserAndCoupon(userId, couponId) > 0) {
            throw new BizException("已领取过");
        }
        if (couponMapper.decreaseStock(couponId) == 0) {
            throw new BizException("已领完");
        }
        userCouponMapper.insert(new UserCoupon(userId, couponId));
    }
}""",
        ),
        _u("""线上日志，为什么会这样？

2024-12-01 10:00:03.118 ERROR [order-service,,] c.x.o.service.OrderService - 创建订单失败
java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '20241201100003118' for key 'uk_order_no'

订单号生成代码：
String orderNo = new SimpleDateFormat("yyyyMMddHHmmssSSS").format(new Date());

大促的时候更频繁。怎么改比较简单？"""),
        _u(
            """我是做财务的，Excel 里有一张应收账款明细：A 列客户名称，B 列发票日期，C 列金额，D 列是否已收款。想在另一张表按客户统计未收金额，并且分 0-30 天、31-60 天、60 天以上三个账龄段。公式怎么写？"""
        ),
        _m(
            "Node.js 里用 Sequelize 做分页",
            "可以用 findAndCountAll 配合 limit 和 offset，它会同时返回总数和当前页数据。",
            "我用了 findAndCountAll，但是 include 了一对多的 comments 以后 count 变大了，总数不对。怎么回事？",
        ),
        _u("""帮我写 pytest 测试，覆盖正常、边界和异常情况：

def calc_commission(amount: Decimal, level: str) -> Decimal:
    rates = {'bronze': Decimal('0.02'), 'silver': Decimal('0.03'), 'gold': Decimal('0.05')}
    if amount < 0:
        raise ValueError('金额不能为负')
    if level not in rates:
        raise KeyError(level)
    c = amount * rates[level]
    if c > Decimal('5000'):
        c = Decimal('5000')
    return c.quantize(Decimal('0.01'))

这是销售提成计算。"""),
        _s(
            """你是「云栈科技」内部的开发助手机器人。公司技术栈：Java 17、Spring Cloud、PostgreSQL、MyBatis-Plus。""",
            "帮我写个 Flyway 脚本：给 t_contract 表新增 sign_status 字段（枚举：0 未签 1 已签 2 作废，默认 0，非空），并为已有数据中 sign_time 不为空的记录把状态刷成 1。",
        ),
        _u("""这段 React 代码，输入框每打一个字就失去焦点，为什么？

function AddressForm() {
  const [addr, setAddr] = useState({ province: '', city: '', detail: '' });

  const Field = ({ name, label }) => (
    <label>
      {label}
      <input value={addr[name]} onChange={e => setAddr({ ...addr, [name]: e.target.value })} />
    </label>
  );

  return (
    <form>
      <Field name="province" label="省" />
      <Field name="city" label="市" />
      <Field name="detail" label="详细地址" />
    </form>
  );
}"""),
        _m(
            "我想用 Python 做个小工具",
            "好啊，具体要做什么？",
            "公司每天会导出一份考勤 Excel，我要把迟到超过 3 次的人挑出来，生成一个新的 Excel 发给 HR。列有：工号、姓名、日期、上班打卡时间。9:00 之后算迟到",
        ),
        _u("""这个 SQL 为什么这么慢？执行计划如下：

SELECT * FROM t_order WHERE user_id = 1024 ORDER BY create_time DESC LIMIT 100000, 20;

+----+-------------+---------+------+---------------+-------------+--------+-----------------------------+
| id | select_type | table   | type | possible_keys | key         | rows   | Extra                       |
|  1 | SIMPLE      | t_order | ref  | idx_user_id   | idx_user_id | 215432 | Using where; Using filesort |

有什么优化办法？"""),
        _u("""Laravel 里这样写为什么更新不了？也没报错：

$order = Order::where('order_no', $no)->first();
$order->update(['status' => 'shipped', 'shipped_at' => now()]);

Order 模型里 $fillable 只写了 ['order_no', 'user_id', 'amount']。"""),
        _s(
            """You are a coding agent in the repository `edu-lms` (NestJS, Prisma, PostgreSQL, Jest). Tools: read_file, apply_patch, run("pnpm test"). Respond in Chinese.""",
            "课程表 Course 增加「上架/下架」状态，学生端的课程列表只返回已上架的，管理端可以切换状态（PATCH /admin/courses/:id/status）。写 Prisma 迁移、接口和测试。",
        ),
        _m(
            "请问 Spring 的 @Transactional 什么时候会失效？",
            "常见的有：方法不是 public、同类内部方法互相调用（没经过代理）、异常被 catch 掉没抛出、抛的是受检异常但没配 rollbackFor、数据库引擎不支持事务等。",
            """那我这个属于哪种？下单扣库存失败了，订单却插进去了

public void createOrder(OrderDTO dto) {
    try {
        saveOrder(dto);
        stockService.deduct(dto.getSkuId(), dto.getNum());
    } catch (Exception e) {
        log.error("下单失败", e);
    }
}""",
        ),
        _u(
            """用 TypeScript 写一个 axios 的封装：统一加 token（从 localStorage 取）、统一处理 401 跳登录、业务错误码 code != 0 时弹出 message，返回 data 字段。项目是 Vue3 + Vite。"""
        ),
        _u("""Android 报错，帮忙看看：

android.database.sqlite.SQLiteConstraintException: UNIQUE constraint failed: contact.phone (code 2067 SQLITE_CONSTRAINT_UNIQUE)
    at com.jiazhang.app.data.ContactDao_Impl.insert(ContactDao_Impl.java:92)

通讯录导入的时候报的，用的是 Room。重复的号码我想直接覆盖更新，怎么改？"""),
        _m(
            "我们小区物业让我帮忙做个报修登记表",
            "好的，想用什么工具？Excel、在线表格，还是做个小程序？",
            "先用飞书多维表格吧。字段：房号、报修类型、描述、提交时间、处理人、状态。想要超过48小时没处理完的自动标红，公式怎么写？",
        ),
        _u("""Go 里用 GORM 预加载的问题：

type User struct {
    ID     uint
    Name   string
    Orders []Order
}

db.Preload("Orders", "status = ?", "paid").Find(&users)

我只想要「有已支付订单」的用户，现在没订单的用户也返回了，只是 Orders 为空。应该怎么写？"""),
        _s(
            "你是一名耐心的编程老师，面向职校学生，讲解要通俗。",
            "老师，我用 C# WinForms 连 SQL Server 做学生信息管理，增删改查都写好了，但是查询的时候输入名字带单引号就报错，比如 O'Neil。这是什么问题？怎么改？",
        ),
        _u("""帮我把这个 Python 脚本加上命令行参数（argparse）、日志和异常处理，现在是写死的：

import pandas as pd
df = pd.read_excel('销售明细.xlsx')
df = df[df['状态'] == '已完成']
summary = df.groupby(['区域', '月份'])['金额'].sum().reset_index()
summary.to_excel('汇总.xlsx', index=False)
print('done')

希望能传入输入文件、输出文件和要统计的状态。"""),
        _m(
            "Django 的信号好用吗？",
            "适合做一些解耦的副作用，比如保存后发通知，但逻辑藏得深、调试麻烦，核心业务流程一般建议直接在 service 里调用。",
            "那我这个场景：订单状态改成「已完成」时给会员加积分，是用 post_save 还是在 service 里写？给我写一下推荐的写法",
        ),
        _u("""小程序云开发，数据库查询报错：

errCode: -502005 database collection not exists | errMsg: [ResourceNotFound] Db or Table not exist: bookings

代码：
const res = await db.collection('bookings').where({ shopId, date }).get()

控制台里集合明明叫 booking。顺便问下怎么按日期范围查询？"""),
        _u("""给这段 Express 接口加参数校验（用 Joi）和统一错误返回，失败时返回 {code, message, details}：

router.post('/goods', async (req, res) => {
  const { name, price, stock, categoryId } = req.body;
  const goods = await Goods.create({ name, price, stock, categoryId });
  res.json({ code: 0, data: goods });
});

规则：name 必填最长 60，price 大于 0 最多两位小数，stock 非负整数，categoryId 必填。"""),
        _s(
            """你是仓库 `hr-leave`（Python 3.12，FastAPI，SQLAlchemy 2.0，Alembic，pytest）中的自动化编程 Agent。工具：read、write、bash。""",
            "请假申请目前没有校验结束日期早于开始日期的情况，另外同一员工请假时间段不能重叠。请在 schema 和 service 两层加校验，返回 422，并补上测试。",
        ),
        _m(
            "PostgreSQL 的 jsonb 怎么查？",
            '可以用 -> 取 JSON 对象、->> 取文本，@> 做包含判断，比如 WHERE attrs @> \'{"color": "red"}\'。',
            "那我要更新 jsonb 里面的某一个字段，比如把 attrs 里的 stock 改成 5，不影响其他字段，怎么写？",
        ),
        _u(
            """帮我写一个 MySQL 存储过程：每天凌晨把 t_order 中 30 天前状态为「已取消」的订单移动到 t_order_archive（表结构一样），分批每次 1000 条，避免锁表太久。"""
        ),
        _m(
            "WPS 表格问个问题",
            "请说。",
            "有一列身份证号后面几位变成 000 了，导入的时候就这样了。怎么避免？还有我想从出生日期那段算年龄，用什么函数？数据都是测试数据",
        ),
        _u("""Kotlin + Spring Boot，这个接口返回的 JSON 里 createdAt 是一串数字，我想要 "2024-12-01 10:00:00" 这种格式，全局配置怎么弄？

data class OrderVO(val id: Long, val amount: BigDecimal, val createdAt: LocalDateTime)"""),
        _u("""用户故事：「作为仓库管理员，我希望扫描入库单上的条码后，系统自动带出采购单的商品明细，我只需要填实收数量，差异部分自动生成差异单。」

我们是 Spring Boot + Vue。请帮我设计这几张表（入库单、入库明细、差异单）的 DDL，并写出入库确认的 service 方法。"""),
        _m(
            "为啥我 git pull 以后项目跑不起来了",
            "能贴一下报错吗？",
            """django.db.utils.ProgrammingError: column shop_product.sku does not exist
LINE 1: SELECT "shop_product"."id", "shop_product"."sku", ...

同事加了字段""",
        ),
        _u(
            """Java 里写一个从 Excel 批量导入客户的接口，用 EasyExcel，要求：手机号格式校验、同一批次内去重、和数据库已有客户按手机号去重，错误行收集起来最后返回给前端下载。"""
        ),
        _u("""这个 TypeScript 类型报错怎么解决？

Argument of type '{ name: string; price: string; }' is not assignable to parameter of type 'CreateProductDto'.
  Types of property 'price' are incompatible.
    Type 'string' is not assignable to type 'number'.

表单里 input 拿到的都是字符串。"""),
        _s(
            "你是一个代码审查助手，指出问题并给出修改后的代码。",
            """帮我看看这个分页查询有什么问题：

@GetMapping("/list")
public List<User> list(int page, int size, String keyword) {
    String sql = "select * from user where name like '%" + keyword + "%' limit " + (page - 1) * size + "," + size;
    return jdbcTemplate.query(sql, new BeanPropertyRowMapper<>(User.class));
}""",
        ),
        _u(
            """什么是乐观锁？我们有个商品编辑页面，两个运营同时改同一个商品，后保存的会把先保存的覆盖掉，用 MyBatis-Plus 怎么加乐观锁？"""
        ),
        _s(
            "你是「青禾教育」内部的开发助手，技术栈是 PHP 8 + ThinkPHP 6 + MySQL。",
            "课时记录表需要加一个「补课」标记，后台课时统计接口要把补课和正常课时分开统计。帮我写迁移 SQL 和模型、控制器的改动。",
        ),
        _s(
            "You are a coding agent in the repo `canteen-order` (Go, Gin, GORM, testify). Tools: read_file, write_file, go test. Reply in Chinese.",
            "食堂订餐每天 10:00 截止，截止后不允许下单或取消，返回 403 和提示。请在 handler 里加上时间校验（时间要能注入方便测试），写测试。",
        ),
        _m(
            "Vue 里表格分页怎么和后端对接？",
            "一般前端传 page 和 pageSize，后端返回 list 和 total，表格用 total 渲染分页组件，翻页时重新请求。",
            "我后端是 Spring Boot + MyBatis-Plus，给我写一下 controller 和 service，再给个前端调用示例",
        ),
    ],
    "en": [
        _s(
            """You are a coding agent operating in the repository `vetclinic-portal` (Ruby 3.3, Rails 7.1, PostgreSQL, RSpec, FactoryBot). Tools: read_file(path), write_file(path, content), run(cmd). Always run `bundle exec rspec` before finishing. Follow the existing service-object pattern in app/services.""",
            "Owners keep booking two appointments for the same pet at overlapping times. Add a model validation on Appointment that prevents overlapping appointments for the same pet (start_at/end_at), surface the error on the booking form, and add specs.",
        ),
        _u("""why does this blow up only on the second request?

```
sqlalchemy.exc.PendingRollbackError: This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original exception was: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "ix_subscribers_email"
```

```python
db = SessionLocal()  # module level

@app.post("/subscribe")
def subscribe(body: SubscribeIn):
    sub = Subscriber(email=body.email, source=body.source)
    db.add(sub)
    try:
        db.commit()
    except IntegrityError:
        return JSONResponse({"detail": "already subscribed"}, status_code=409)
    return {"id": sub.id}
```"""),
        _m(
            "Quick one: what's the difference between a unit test and an integration test for a Django view?",
            "A unit test isolates the logic (e.g. the form or a service function) with the DB and other collaborators mocked or avoided; an integration test goes through the URL, view, ORM and a real test database, usually via the test client.",
            """ok then here's my view, can you write one of each?

def close_ticket(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk, assignee=request.user)
    if ticket.status == Ticket.Status.CLOSED:
        messages.warning(request, "Already closed")
    else:
        ticket.status = Ticket.Status.CLOSED
        ticket.closed_at = timezone.now()
        ticket.save(update_fields=["status", "closed_at"])
    return redirect("tickets:detail", pk=pk)""",
        ),
        _u("""Schema (Postgres 16):

```sql
CREATE TABLE drivers (id bigint PRIMARY KEY, full_name text NOT NULL, hired_on date);
CREATE TABLE deliveries (
  id bigint PRIMARY KEY,
  driver_id bigint REFERENCES drivers(id),
  scheduled_for timestamptz NOT NULL,
  delivered_at timestamptz,
  status text NOT NULL CHECK (status IN ('scheduled','out','delivered','failed'))
);
```

Write the query for an on-time rate per driver per week: delivered within 30 minutes of scheduled_for, failed counts as late, still-scheduled ones are excluded. Then write a migration adding whatever index makes it fast."""),
        _u("""Ticket pasted from Linear, implement it please:

ENG-1142 — Allow admins to bulk-archive inactive customers
As an admin I want to select multiple customers in the list and archive them in one action.
- Only customers with no orders in the last 12 months can be archived; others are skipped and reported back
- Archived customers are hidden from the default list but visible under an "Archived" filter
- Action is logged in audit_events (actor, action, customer_ids)

Stack: Express + TypeScript + Knex + Postgres, React front end with TanStack Table. Backend endpoint first, then the front-end changes."""),
        _m(
            "I'm migrating our little inventory service from Flask to FastAPI",
            "Nice. Want to go endpoint by endpoint? Paste one and I'll convert it with Pydantic models.",
            """this one:

@bp.route("/items/<int:item_id>/adjust", methods=["POST"])
@login_required
def adjust(item_id):
    data = request.get_json(force=True)
    delta = int(data.get("delta", 0))
    reason = data.get("reason")
    if not reason:
        abort(400, "reason required")
    item = Item.query.get_or_404(item_id)
    if item.qty + delta < 0:
        abort(409, "would go negative")
    item.qty += delta
    db.session.add(StockLog(item_id=item.id, delta=delta, reason=reason, user_id=current_user.id))
    db.session.commit()
    return jsonify(item.to_dict())""",
        ),
        _u(
            """Hi, I'm a high school teacher who maintains the sign-up sheet for our robotics club. It's a Google Sheet fed by a Form. I need an Apps Script that runs nightly and moves rows where the "Parent consent" column says "No" after 7 days into an "Expired" tab, then emails me a summary count. Never written Apps Script before, so comments please."""
        ),
        _s(
            "You are Copilot-style inline help inside a TypeScript monorepo. Be brief; show code.",
            """add zod validation to this tRPC procedure, reject if quantity isn't a positive int or if sku doesn't match /^[A-Z]{3}-[0-9]{4}$/

export const addLine = publicProcedure
  .input(z.any())
  .mutation(async ({ ctx, input }) => {
    return ctx.db.cartLine.create({
      data: { cartId: input.cartId, sku: input.sku, quantity: input.quantity },
    });
  });""",
        ),
        _u("""Our nightly job failed, stack below. Why, and what's the minimal fix?

Traceback (most recent call last):
  File "/opt/jobs/rollup_invoices.py", line 64, in <module>
    main()
  File "/opt/jobs/rollup_invoices.py", line 51, in main
    df["amount"] = df["amount"].astype(float)
  File "/usr/lib/python3/dist-packages/pandas/core/generic.py", line 6240, in astype
    new_data = self._mgr.astype(dtype=dtype, copy=copy, errors=errors)
ValueError: could not convert string to float: '1,240.50'

The CSV comes from the accounting export, which apparently started adding thousand separators."""),
        _m(
            "what does `ON DELETE SET NULL` actually do?",
            "When the referenced parent row is deleted, the database sets the foreign key column in child rows to NULL instead of deleting them or blocking the delete. The column must be nullable.",
            "cool, so for comments whose author deletes their account we'd want that? how do I change the existing FK in a Rails migration",
        ),
        _u("""Convert this jQuery + PHP form handler to a Next.js route handler + React client component. Keep the honeypot field.

```php
<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
  if (!empty($_POST['website'])) { http_response_code(200); exit; }
  $name = trim($_POST['name'] ?? '');
  $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
  $msg = trim($_POST['message'] ?? '');
  if (!$name || !$email || strlen($msg) < 10) {
    http_response_code(422);
    echo json_encode(['error' => 'Please fill all fields']);
    exit;
  }
  $stmt = $pdo->prepare('INSERT INTO enquiries (name, email, message) VALUES (?, ?, ?)');
  $stmt->execute([$name, $email, $msg]);
  echo json_encode(['ok' => true]);
}
```

```js
$('#enquiry').on('submit', function (e) {
  e.preventDefault();
  $.post('/enquiry.php', $(this).serialize()).done(() => $('#thanks').show());
});
```"""),
        _s(
            """You are the internal dev assistant for Harbor & Finch Outfitters. Our stack: Shopify storefront, a Node/Express middleware, PostgreSQL for order sync. Answer with production-ready code.""",
            "Write a function that takes a page of Shopify orders (JSON) and upserts them into our orders and order_lines tables in one transaction, skipping test orders. Use node-postgres.",
        ),
        _m(
            "can you help me with a flaky Cypress test?",
            "Sure — paste the spec and describe how it fails.",
            """it('creates a project', () => {
  cy.visit('/projects/new');
  cy.get('[name=title]').type('Q3 onboarding');
  cy.contains('Save').click();
  cy.get('.project-row').should('have.length', 1);
});

fails maybe 1 in 5 with "expected 2 to have length 1". the db isn't reset between specs""",
        ),
        _u("""write jest tests for this, include the weird cases (empty cart, coupon expired, percentage over 100)

export function applyCoupon(cart: Cart, coupon: Coupon | null, now = new Date()): number {
  const subtotal = cart.lines.reduce((s, l) => s + l.unitPrice * l.qty, 0);
  if (!coupon) return subtotal;
  if (coupon.expiresAt < now) return subtotal;
  if (coupon.type === 'fixed') return Math.max(0, subtotal - coupon.value);
  return subtotal * (1 - Math.min(coupon.value, 100) / 100);
}"""),
        _u("""EXPLAIN ANALYZE says this takes 4s. why?

SELECT p.*
FROM posts p
WHERE p.id IN (SELECT post_id FROM post_tags WHERE tag_id = 17)
ORDER BY p.published_at DESC
LIMIT 20;

 Limit  (actual time=4012.8..4012.9 rows=20)
   ->  Sort  (actual time=4012.8..4012.8 rows=20)
         Sort Key: p.published_at DESC
         Sort Method: top-N heapsort
         ->  Hash Semi Join  (actual time=41.2..3980.4 rows=61234)
               Hash Cond: (p.id = post_tags.post_id)
               ->  Seq Scan on posts p  (actual time=0.01..2911.3 rows=2400000)
               ->  Hash  (actual time=40.9..40.9 rows=61234)
                     ->  Seq Scan on post_tags  (actual time=0.02..33.1 rows=61234)
                           Filter: (tag_id = 17)"""),
        _m(
            "We track volunteer shifts for the food bank in Excel",
            "Got it. What do you need the spreadsheet to do?",
            "sheet has Name, Date, Start, End. I want total hours per person per month on a second sheet, and anyone over 20 hours that month highlighted. I'm on Excel 365 so dynamic arrays are fine",
        ),
        _s(
            """You are an autonomous software engineer working in the `bookkeeping-api` repo (Kotlin, Ktor, Exposed, PostgreSQL, Kotest). Tools available: list_dir, read_file, edit_file, shell. Keep changes minimal and consistent with existing code.""",
            "Add a GET /invoices/{id}/pdf endpoint that returns 404 if the invoice doesn't belong to the caller's organisation, otherwise streams the PDF produced by the existing InvoicePdfRenderer. Add a Kotest spec covering both cases.",
        ),
        _u("""Explain this error and how to fix it. Android, Room, Kotlin coroutines:

java.lang.IllegalStateException: Cannot access database on the main thread since it may potentially lock the UI for a long period of time.
    at androidx.room.RoomDatabase.assertNotMainThread(RoomDatabase.kt:454)
    at com.trailnotes.data.HikeDao_Impl.getAll(HikeDao_Impl.kt:88)
    at com.trailnotes.ui.HikeListFragment.onViewCreated(HikeListFragment.kt:37)

I call `dao.getAll()` directly in onViewCreated."""),
        _m(
            "hey, I inherited a Laravel app at my new job",
            "Welcome to the codebase! What's the first thing that's bugging you?",
            """this controller method. the PM wants to add filtering by status and date range to the orders index and sorting by total. can you rewrite it with query scopes?

public function index(Request $request)
{
    $orders = Order::with('customer')->latest()->paginate(25);
    return view('orders.index', compact('orders'));
}""",
        ),
        _u(
            """I'm an accountant, not a dev, but our finance team has a small Access database. I need a query that lists every vendor invoice that's been approved but not paid for more than 45 days, with vendor name and days overdue. Tables: Vendors(VendorID, VendorName), Invoices(InvoiceID, VendorID, InvoiceDate, Amount, ApprovedOn, PaidOn)."""
        ),
        _s(
            "You are a patient tutor for a coding bootcamp. Guide the student; don't hand over the whole solution unless asked.",
            """My Express CRUD for a recipes app works except update. PUT /recipes/:id returns 200 but the response still shows the old title:

const updated = await Recipe.findByIdAndUpdate(req.params.id, req.body);
res.json(updated);""",
        ),
        _u(
            """Give me a Postgres migration (plain SQL, up and down) that splits `customers.full_name` into `first_name` and `last_name`. Split on the first space; if there's no space, put it all in first_name. The column is used by a view `v_active_customers`, so handle that too."""
        ),
        _m(
            "What's a 422 vs a 400 in a REST API?",
            "400 usually means the request is malformed (bad JSON, wrong types); 422 means it's syntactically fine but fails validation rules (e.g. end date before start date). Many APIs use 422 for field-level validation errors.",
            "ok. our Spring Boot API returns 400 for everything from @Valid. how do I return 422 with a list of field errors instead?",
        ),
        _u("""This Go test passes locally but fails in CI with "pq: relation "tenants" does not exist". Why?

func TestCreateTenant(t *testing.T) {
    db := testdb.Open(t) // connects to $TEST_DATABASE_URL
    repo := NewTenantRepo(db)
    _, err := repo.Create(context.Background(), "acme-test")
    require.NoError(t, err)
}

CI spins up a fresh Postgres container. We run migrations with goose in a Makefile target."""),
        _s(
            """You are a coding agent for the repo `parkly` (Django 5, DRF, Celery, pytest). Tools: read, write, bash. Use the existing factories in tests/factories.py.""",
            "Parking permits have an expires_on date. Write a Celery beat task that runs daily at 06:00, marks expired permits as status='expired', and sends the holder an email via the existing notify() helper. Idempotent, with tests.",
        ),
        _m(
            "can I ask a SQL question?",
            "Of course, go ahead.",
            "i have a `events` table with user_id and created_at. how do I get each user's first and most recent event in one row? mysql 8",
        ),
        _u("""Add validation and proper error responses to this ASP.NET Core minimal API. Name required, max 80; Capacity 1–500; StartsAt must be in the future. Return a ValidationProblem.

app.MapPost("/workshops", async (WorkshopIn input, AppDb db) =>
{
    var w = new Workshop { Name = input.Name, Capacity = input.Capacity, StartsAt = input.StartsAt };
    db.Workshops.Add(w);
    await db.SaveChangesAsync();
    return Results.Created($"/workshops/{w.Id}", w);
});

public record WorkshopIn(string Name, int Capacity, DateTime StartsAt);"""),
        _u("""Here's a user story from our backlog, we're on Supabase + SvelteKit:

"As a gym member I can cancel a class booking up to 2 hours before the class starts. Cancelling frees the spot and the first person on the waitlist is auto-booked and notified."

Tables exist: classes(id, starts_at, capacity), bookings(id, class_id, member_id, status), waitlist(id, class_id, member_id, created_at). Write the Postgres function for the cancel+promote and the SvelteKit form action that calls it."""),
        _m(
            "My Prisma query is returning way more data than I need",
            "Use `select` to pick only the fields you want, or `include` only the relations you need — by default findMany returns all scalar fields.",
            """right, but I need the author name too. this is what I have

const posts = await prisma.post.findMany({ include: { author: true, comments: true } });

I only need id, title, author.name and the comment count""",
        ),
        _u("""Refactor this Python into a small class with type hints and make it testable (the requests call should be injectable). Then write pytest tests using a fake client.

def sync_products():
    r = requests.get("https://supplier.example.com/api/products", timeout=10)
    r.raise_for_status()
    for p in r.json():
        existing = session.query(Product).filter_by(supplier_sku=p["sku"]).one_or_none()
        if existing:
            existing.price = p["price"]
            existing.stock = p["stock"]
        else:
            session.add(Product(supplier_sku=p["sku"], name=p["name"], price=p["price"], stock=p["stock"]))
    session.commit()"""),
        _s(
            """You are a helpful assistant for the internal tools team at Brightwater Dental Group. You help staff write SQL against the reporting replica (SQL Server 2019). Never include patient names in examples.""",
            "Can you write a query that counts appointments per clinic per day for next week, split into booked vs cancelled, for the front-desk staffing sheet? Tables: Appointments(AppointmentId, ClinicId, StartsAt, Status), Clinics(ClinicId, ClinicName).",
        ),
        _m(
            "so I added a `slug` field to my Django model",
            "Nice. Did you make it unique, and do you need to populate it for existing rows?",
            "yes unique, and yes there are ~3k existing articles. makemigrations wants a default and any default breaks the unique constraint. what's the right sequence of migrations?",
        ),
        _u("""Why is my useEffect firing twice and creating two draft records?

useEffect(() => {
  fetch('/api/drafts', { method: 'POST' })
    .then(r => r.json())
    .then(d => setDraftId(d.id));
}, []);

React 18, Next.js dev server."""),
        _s(
            "You are a coding assistant in JetBrains Rider. Reply concisely.",
            """this EF Core query throws "The LINQ expression could not be translated". fix?

var overdue = await db.Loans
    .Where(l => l.ReturnedOn == null && IsOverdue(l.DueOn))
    .ToListAsync();

static bool IsOverdue(DateTime due) => due.Date < DateTime.Today;""",
        ),
        _u(
            """Write a bash script for our small office NAS: find all .xlsx files under /share/finance modified in the last 24h, copy them into a dated folder under /backup/finance/YYYY-MM-DD, keep the directory structure, and delete backup folders older than 30 days. Log to syslog."""
        ),
        _m(
            "in SQL, is it bad to use SELECT * in app code?",
            "Generally yes: it fetches columns you don't need, breaks when columns are added or reordered if code relies on position, and can prevent index-only scans. Listing columns is safer.",
            """makes sense. can you rewrite this repository method then, we only show id, name, city and status in the list

@Query(value = "SELECT * FROM suppliers WHERE status = :status ORDER BY name", nativeQuery = true)
List<Supplier> findByStatus(@Param("status") String status);""",
        ),
        _u(
            """what's the idiomatic way in SQLAlchemy 2.0 to do "get or create" without a race condition? two workers sometimes insert the same tag name and one crashes with IntegrityError."""
        ),
        _m(
            "Our nonprofit's donation form is on WordPress with a custom plugin",
            "Okay — what do you need changed?",
            """the plugin saves donations with $wpdb but the amount sometimes saves as 0. here's the bit:

$amount = $_POST['amount'];
$wpdb->insert($wpdb->prefix . 'donations', [
  'donor_email' => sanitize_email($_POST['email']),
  'amount' => $amount,
  'created_at' => current_time('mysql'),
], ['%s', '%d', '%s']);

people type things like 25.50 or $40""",
        ),
        _u(
            """Write a Knex migration for a `shift_swaps` table: id, requester_id and covering_employee_id (both FK to employees, cascade not allowed), shift_id FK, status enum (pending/approved/rejected), requested_at default now, decided_at nullable, plus a check that requester and covering employee aren't the same."""
        ),
        _u("""k here's the model + error, what am I missing

class Enrollment(models.Model):
    student = models.ForeignKey(Student, on_delete=models.CASCADE)
    course = models.ForeignKey(Course, on_delete=models.CASCADE)

    class Meta:
        unique_together = ('student', 'course')

>>> Enrollment.objects.bulk_create(rows, ignore_conflicts=True)
>>> [e.id for e in rows]
[None, None, None, None]

I need the ids afterwards to create related Grade rows"""),
        _s(
            "You are the support-engineering assistant for Pebble Payroll's internal tools team. Stack: Python 3.11, Flask, SQLAlchemy, MySQL.",
            "Write an endpoint that lists pay periods for a company with a flag showing whether payroll for that period has been finalised, paginated, newest first.",
        ),
        _m(
            "how do I seed a Rails database with realistic fake data?",
            "Use db/seeds.rb with the Faker gem and create records in loops; keep it idempotent with find_or_create_by where it matters.",
            "can you write seeds for 50 shops, each with 10–30 products and a few orders, using our models Shop, Product, Order, OrderItem?",
        ),
        _m(
            "hey",
            "Hi! What are you working on?",
            "a Chrome extension that saves bookmarks with tags to IndexedDB. need add/update/delete/search-by-tag functions using the idb library, TypeScript",
        ),
    ],
    "de": [
        _u("""Kann mir jemand sagen, warum das hier knallt? Spring Boot 3, Hibernate 6

```
org.hibernate.TransientPropertyValueException: object references an unsaved transient instance - save the transient instance before flushing : de.radwerk.werkstatt.Auftrag.kunde -> de.radwerk.werkstatt.Kunde
	at org.hibernate.engine.spi.CascadingActions$8.noCascade(CascadingActions.java:379)
	at de.radwerk.werkstatt.AuftragService.anlegen(AuftragService.java:29)
```

```java
@Transactional
public Auftrag anlegen(AuftragDto dto) {
    Kunde k = new Kunde(dto.kundenName(), dto.telefon());
    Auftrag a = new Auftrag(k, dto.fahrrad(), dto.beschreibung());
    return auftragRepo.save(a);
}
```

Wenn der Kunde schon existiert (gleiche Telefonnummer), soll er wiederverwendet werden."""),
        _s(
            """Du bist ein Coding-Agent im Repository `vereinsverwaltung` (Python 3.12, Django 5, PostgreSQL, pytest-django). Werkzeuge: read_file, write_file, run. Halte dich an den bestehenden Code-Stil und schreibe Tests für jede Änderung.""",
            "Mitglieder sollen eine IBAN für den Lastschrifteinzug hinterlegen können. Feld am Modell Mitglied (optional), Validierung der Prüfziffer im Formular, Anzeige nur maskiert (DE** **** ... letzte 4) in der Liste. Migration und Tests bitte.",
        ),
        _m(
            "Moin, ich bau gerade ein kleines Ticketsystem für unsere IT-Abteilung mit Laravel",
            "Moin! Wobei kann ich helfen – Datenmodell, Controller, Views?",
            """Datenmodell. Tickets haben Titel, Beschreibung, Priorität (niedrig/mittel/hoch), Status (offen/in Arbeit/erledigt), Ersteller, Bearbeiter (optional), und Kommentare. Schreib mir die Migrations und Models mit Beziehungen und Casts für die Enums (PHP 8.2 backed enums).""",
        ),
        _u("""Tabellen (MariaDB 10.11):

CREATE TABLE filialen (id INT PRIMARY KEY, name VARCHAR(80), bundesland CHAR(2));
CREATE TABLE umsaetze (id BIGINT PRIMARY KEY, filiale_id INT, datum DATE, brutto DECIMAL(12,2), mwst_satz DECIMAL(4,2));

Ich brauche eine Abfrage: Nettoumsatz je Filiale und Quartal 2024, dazu die Veränderung in Prozent zum Vorquartal. Und bitte ohne Unterabfrage-Wahnsinn, wenn's geht."""),
        _u("""Story aus dem Backlog, bitte umsetzen (NestJS + TypeORM + Postgres):

BAU-231: Als Bauleiterin möchte ich für jede Baustelle ein Bautagebuch führen, damit Wetter, anwesende Gewerke und besondere Vorkommnisse dokumentiert sind.
Akzeptanzkriterien:
- pro Baustelle und Tag genau ein Eintrag
- Einträge sind nach 48 Stunden nicht mehr bearbeitbar
- Liste filterbar nach Zeitraum, sortiert absteigend
- Export als CSV

Entity, DTOs mit class-validator, Service, Controller und Unit-Tests für die 48-Stunden-Regel."""),
        _m(
            "Was genau macht eigentlich `@Transactional(readOnly = true)`?",
            "Es markiert die Transaktion als nur lesend: Hibernate spart sich das Dirty-Checking und Flushen, und je nach Treiber/DB kann die Verbindung als read-only gesetzt werden. Schreiben ist damit nicht vorgesehen.",
            "ok, und wenn ich in so einer Methode trotzdem ein Entity ändere, passiert dann was? Wir haben genau so einen Fall im Lagerbestand-Service und wundern uns, dass manche Änderungen nicht gespeichert werden",
        ),
        _u("""Bitte diese Klasse von Java nach Kotlin umschreiben und gleich JUnit5-Tests dazu:

public class Lieferfrist {
    private static final Set<DayOfWeek> WOCHENENDE = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private final Set<LocalDate> feiertage;

    public Lieferfrist(Set<LocalDate> feiertage) { this.feiertage = feiertage; }

    public LocalDate berechne(LocalDate bestellt, int werktage) {
        LocalDate d = bestellt;
        int gezaehlt = 0;
        while (gezaehlt < werktage) {
            d = d.plusDays(1);
            if (!WOCHENENDE.contains(d.getDayOfWeek()) && !feiertage.contains(d)) {
                gezaehlt++;
            }
        }
        return d;
    }
}"""),
        _s(
            "Du bist ein KI-Assistent in der IDE. Antworte auf Deutsch, knapp, mit vollständigem Code.",
            """Der Test hier schlägt mit "expected: <2024-03-31> but was: <2024-03-30>" fehl, aber nur auf dem Build-Server. Warum?

@Test
void monatsende() {
    var d = Datumshelfer.monatsende(Instant.parse("2024-03-15T10:00:00Z"));
    assertEquals(LocalDate.of(2024, 3, 31), d);
}

static LocalDate monatsende(Instant i) {
    return i.atZone(ZoneId.systemDefault()).toLocalDate().with(TemporalAdjusters.lastDayOfMonth()).minusDays(
        ZoneId.systemDefault().getId().equals("UTC") ? 1 : 0);
}""",
        ),
        _u("""Log vom Import heute Nacht – was ist da los?

03:00:01 INFO  Starte Artikelimport aus artikel_2024-06-11.csv
03:00:02 INFO  12.418 Zeilen gelesen
03:00:09 WARN  Zeile 5.021: EAN '4006381333931 ' hat Leerzeichen, wird getrimmt
03:00:15 ERROR SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'bezeichnung' at row 1
03:00:15 INFO  Import abgebrochen, 5.020 Artikel übernommen

Die Spalte ist VARCHAR(100). Ich will nicht, dass der ganze Import wegen einer Zeile abbricht. Wie baue ich das in PHP (PDO) robust?"""),
        _m(
            "Ich hab eine Excel-Liste mit unseren Dienstwagen",
            "Was soll die Liste können?",
            "Spalten: Kennzeichen, Fahrer, nächster TÜV, nächster Ölwechsel (km), aktueller km-Stand. Ich will eine Spalte 'Handlungsbedarf', die 'TÜV' zeigt wenn der TÜV in weniger als 30 Tagen fällig ist und 'Öl' wenn weniger als 1000 km fehlen, oder beides",
        ),
        _u("""Schreib bitte pytest-Tests für diese Funktion, inklusive Randfälle (Schaltjahr, Monatsende, negative Beträge):

def anteilige_miete(monatsmiete: Decimal, einzug: date) -> Decimal:
    tage_im_monat = calendar.monthrange(einzug.year, einzug.month)[1]
    resttage = tage_im_monat - einzug.day + 1
    if monatsmiete < 0:
        raise ValueError("Miete negativ")
    return (monatsmiete * resttage / tage_im_monat).quantize(Decimal("0.01"))

Ist für die Hausverwaltungssoftware meines Onkels, die ich so nebenbei pflege."""),
        _u("""Migration auf React Hook Form + zod: dieses Formular hat aktuell jede Menge useState und handgeschriebene Validierung.

function Anmeldung() {
  const [vorname, setVorname] = useState('');
  const [nachname, setNachname] = useState('');
  const [plz, setPlz] = useState('');
  const [geburtsdatum, setGeburtsdatum] = useState('');
  const [fehler, setFehler] = useState({});

  function absenden(e) {
    e.preventDefault();
    const f = {};
    if (!vorname) f.vorname = 'Pflichtfeld';
    if (!nachname) f.nachname = 'Pflichtfeld';
    if (!/^[0-9]{5}$/.test(plz)) f.plz = 'PLZ ungültig';
    if (!geburtsdatum) f.geburtsdatum = 'Pflichtfeld';
    setFehler(f);
    if (Object.keys(f).length === 0) api.anmelden({ vorname, nachname, plz, geburtsdatum });
  }
  // ... JSX mit vier Inputs und Fehlermeldungen
}

Kurs-Anmeldung für eine Volkshochschule, Teilnehmer müssen mindestens 16 sein."""),
        _s(
            """Du bist der interne Entwickler-Assistent der Stadtwerke Lindenau. Stack: .NET 8, EF Core, SQL Server, Blazor Server.""",
            """Wir brauchen eine EF-Core-Migration, die in der Tabelle Zaehlerstaende eine berechnete Spalte Verbrauch (aktueller minus vorheriger Stand pro Zähler) nicht als Spalte, sondern als View anlegt, plus das passende keyless Entity im DbContext.""",
        ),
        _m(
            "kurze Frage zu Git und Migrationen",
            "Schieß los.",
            "Kollege und ich haben beide auf unseren Branches eine Alembic-Migration erstellt, jetzt sagt alembic upgrade 'Multiple head revisions are present'. Wie löse ich das sauber?",
        ),
        _u("""Warum bekomme ich hier "Call to a member function format() on null"?

@foreach ($rechnungen as $r)
  <tr>
    <td>{{ $r->nummer }}</td>
    <td>{{ $r->bezahlt_am->format('d.m.Y') }}</td>
    <td>{{ number_format($r->betrag, 2, ',', '.') }} €</td>
  </tr>
@endforeach

Im Model steht protected $casts = ['bezahlt_am' => 'date'];"""),
        _u("""Folgendes Schema, bitte die Migration (Flyway, Postgres) und das JPA-Entity dazu:

Tabelle `wartungsvertrag`
- id (uuid, pk)
- kunde_id (fk -> kunde, not null)
- anlage_typ (heizung | klima | lueftung)
- beginn (date, not null), ende (date, null = unbefristet)
- intervall_monate (int, 1..24)
- preis_netto (numeric 10,2)
Constraint: ende muss nach beginn liegen."""),
        _m(
            "Hilfe, mein pandas-Skript ist super langsam",
            "Zeig mal den Code – oft liegt es an Schleifen über Zeilen.",
            """for i, row in df.iterrows():
    kunde = kunden[kunden['kdnr'] == row['kdnr']]
    df.at[i, 'region'] = kunde['region'].values[0] if len(kunde) else None
    df.at[i, 'brutto'] = row['netto'] * 1.19

df hat 400.000 Zeilen, kunden 20.000. Dauert eine halbe Stunde.""",
        ),
        _s(
            """Du bist ein autonomer Coding-Agent im Repo `hofladen-shop` (Next.js 14, Drizzle ORM, SQLite/Turso, Vitest). Tools: read_file, edit_file, bash. Committe nicht selbst.""",
            "Produkte sollen eine Saisonalität bekommen (Monate, in denen sie verfügbar sind). Schema-Änderung mit Drizzle-Migration, Filter 'nur aktuell verfügbar' auf der Produktliste, Vitest-Test für die Filterfunktion.",
        ),
        _u("""Was bedeutet dieser Fehler von Postgres und wie komme ich raus?

ERROR:  deadlock detected
DETAIL:  Process 31877 waits for ShareLock on transaction 904411; blocked by process 31902.
Process 31902 waits for ShareLock on transaction 904410; blocked by process 31877.
HINT:  See server log for query details.
CONTEXT:  while updating tuple (112,7) in relation "lagerplatz"

Passiert, wenn zwei Kommissionierer gleichzeitig Umlagerungen buchen. Die Buchung macht UPDATE lagerplatz für Quelle und Ziel."""),
        _m(
            "ich mache eine Ausbildung zum Fachinformatiker",
            "Cool! Woran arbeitest du gerade?",
            """Projekt: Raumbuchung für die Berufsschule. In C# mit Entity Framework. Ich will verhindern, dass ein Raum doppelt gebucht wird. Mein Code:

public void Buchen(int raumId, DateTime von, DateTime bis)
{
    var b = new Buchung { RaumId = raumId, Von = von, Bis = bis };
    _db.Buchungen.Add(b);
    _db.SaveChanges();
}

wie prüfe ich auf Überschneidung?""",
        ),
        _u(
            """Bitte VBA-Makro für unsere Arztpraxis-Verwaltung (keine Patientendaten, nur Materialbestellung): Tabelle "Material" mit Artikel, Bestand, Mindestbestand, Lieferant. Button soll für alle Artikel unter Mindestbestand je Lieferant eine Outlook-Mail-Vorlage mit Bestellliste erzeugen (nicht senden)."""
        ),
        _u("""Dieser Express-Router ist gewachsen und hat keine Fehlerbehandlung. Bitte async-Fehler abfangen, 404 bei fehlender Ressource, und Validierung mit express-validator ergänzen:

router.get('/kurse/:id', async (req, res) => {
  const kurs = await Kurs.findByPk(req.params.id, { include: Teilnehmer });
  res.json(kurs);
});

router.post('/kurse/:id/teilnehmer', async (req, res) => {
  const kurs = await Kurs.findByPk(req.params.id);
  const t = await kurs.createTeilnehmer({ name: req.body.name, email: req.body.email });
  res.status(201).json(t);
});"""),
        _m(
            "Wie funktioniert eigentlich Lazy Loading in Doctrine?",
            "Doctrine erzeugt für verknüpfte Entities Proxy-Klassen. Erst wenn du auf ein Feld des Proxys zugreifst, wird die eigentliche Abfrage ausgeführt. Collections werden ebenfalls erst beim ersten Zugriff geladen.",
            "und wie sehe ich im Symfony-Profiler, ob das bei meiner Bestellübersicht zu N+1 führt, und wie fixe ich es im Repository?",
        ),
        _u("""Meine Go-API gibt bei leeren Listen `null` statt `[]` zurück und das Frontend crasht. Code:

func (h *Handler) Lieferanten(w http.ResponseWriter, r *http.Request) {
    var liste []Lieferant
    rows, _ := h.db.Query("SELECT id, name FROM lieferanten WHERE aktiv")
    for rows.Next() {
        var l Lieferant
        rows.Scan(&l.ID, &l.Name)
        liste = append(liste, l)
    }
    json.NewEncoder(w).Encode(liste)
}

Und ich weiß, Fehler werden ignoriert – bitte auch das fixen."""),
        _s(
            "Du bist Tutor für einen Abendkurs 'Programmieren für Quereinsteiger'. Erkläre verständlich und frag nach, bevor du fertige Lösungen gibst.",
            "Wir sollen eine SQL-Abfrage schreiben, die alle Bücher anzeigt, die noch nie ausgeliehen wurden. Tabellen: buecher(id, titel) und ausleihen(id, buch_id, datum). Ich hab's mit JOIN probiert, bekomme aber immer nur die ausgeliehenen.",
        ),
        _u(
            """Schreib mir ein Python-Skript, das aus unserem Shopware-Export (CSV, Semikolon, Windows-1252) alle Bestellungen des Vormonats zieht, nach Zahlungsart summiert und als Excel mit einer Zeile pro Zahlungsart und einer Summenzeile rausschreibt. Buchhaltung will das jeden Monatsersten."""
        ),
        _m(
            "Rails-Frage",
            "Klar, worum geht's?",
            "ich will bei `has_many :positionen, dependent: :destroy` an der Rechnung verhindern, dass Rechnungen mit Status 'versendet' gelöscht werden können. before_destroy mit throw :abort? und wie zeig ich den Fehler im Controller an?",
        ),
        _u("""Erklär mir bitte, was diese Query macht, und ob man sie vereinfachen kann. Hat ein Ex-Kollege geschrieben:

SELECT k.kdnr, k.name,
  (SELECT MAX(b.datum) FROM bestellung b WHERE b.kdnr = k.kdnr) AS letzte,
  (SELECT COUNT(*) FROM bestellung b WHERE b.kdnr = k.kdnr AND b.datum > CURRENT_DATE - INTERVAL '1 year') AS anzahl_12m,
  (SELECT SUM(b.summe) FROM bestellung b WHERE b.kdnr = k.kdnr AND b.datum > CURRENT_DATE - INTERVAL '1 year') AS umsatz_12m
FROM kunde k
WHERE EXISTS (SELECT 1 FROM bestellung b WHERE b.kdnr = k.kdnr)
ORDER BY umsatz_12m DESC NULLS LAST;"""),
        _s(
            """You are a coding agent for the repo `schichtplan` (TypeScript, Express, Prisma, Jest). Tools: read_file, write_file, run. The user writes in German.""",
            "Mitarbeiter dürfen laut Arbeitszeitgesetz nicht mehr als 10 Stunden pro Tag eingeplant werden und brauchen 11 Stunden Ruhezeit zwischen Schichten. Bau beide Regeln in den SchichtService beim Anlegen ein, mit verständlichen Fehlermeldungen und Jest-Tests.",
        ),
        _u("""Warum kommt bei `dotnet ef migrations add` das hier?

Unable to create a 'DbContext' of type ''. The exception 'Unable to resolve service for type 'Microsoft.EntityFrameworkCore.DbContextOptions`1[Praxis.Data.TerminContext]' while attempting to activate 'Praxis.Data.TerminContext'.' was thrown while attempting to create an instance.

Der DbContext liegt in einem eigenen Class-Library-Projekt, die Web-API referenziert es."""),
        _m(
            "Ich soll für unseren Kleingartenverein eine Mitgliederliste in Google Sheets aufbauen",
            "Gerne. Welche Spalten und was soll automatisch passieren?",
            "Parzelle, Name, Eintrittsdatum, Beitrag bezahlt (Ja/Nein). Es soll oben stehen, wie viele noch nicht bezahlt haben und die Summe offener Beiträge (Beitrag 120 €, bei Eintritt nach dem 1.7. nur die Hälfte)",
        ),
        _u("""Kannst du aus diesem Swagger-Ausschnitt einen typisierten API-Client in TypeScript (fetch) bauen, mit Fehlerbehandlung?

paths:
  /termine:
    get:
      parameters: [{name: von, in: query, schema: {type: string, format: date}}, {name: bis, in: query, schema: {type: string, format: date}}]
      responses: {200: {content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Termin'}}}}}}
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/NeuerTermin'}}}}
      responses: {201: {}, 409: {description: Zeitraum belegt}}"""),
        _u(
            """Symfony-Form: Ich will, dass das Feld 'ustIdNr' nur Pflicht ist, wenn 'kundentyp' = 'firma' ausgewählt ist. Wie mache ich das mit Validation Groups oder einem Callback-Constraint?"""
        ),
        _m(
            "Ich hab 'ne Frage zu Unit-Tests",
            "Gern, um welche Sprache und welches Framework geht es?",
            "PHPUnit. Wie teste ich eine Methode, die intern `new \\DateTime()` aufruft? Die Tests schlagen um Mitternacht immer fehl",
        ),
        _u("""Die Seite mit der Auftragsliste lädt 9 Sekunden. Der Django-Debug-Toolbar sagt 1.204 Queries. Hier die View und das Template-Snippet:

class AuftragListView(ListView):
    model = Auftrag
    paginate_by = 50

{% for a in object_list %}
  {{ a.kunde.firma }} – {{ a.positionen.count }} Positionen – {{ a.bearbeiter.get_full_name }}
{% endfor %}

Was muss ich ändern?"""),
        _s(
            """Du bist ein KI-Helfer im Service-Desk-Tool der Firma Kranich Logistik. Du hilfst Mitarbeitenden bei Excel, Power Automate und kleinen SQL-Abfragen.""",
            "Ich brauche eine Power-Query-Abfrage, die jeden Morgen die CSV-Dateien aus dem SharePoint-Ordner 'Tagesberichte' zusammenführt, die Spalte Datum als Datum typisiert und Duplikate anhand der Sendungsnummer entfernt.",
        ),
        _u("""Fehler beim Deploy auf Heroku-ähnlicher Plattform, lokal läuft's:

django.core.exceptions.ImproperlyConfigured: Error loading psycopg2 or psycopg module

requirements.txt enthält psycopg2. Was ist falsch?"""),
        _u(
            """Bitte aus dieser Beschreibung ein SQLAlchemy-Modell plus Alembic-Migration bauen: Ein Hundesalon hat Kunden (Name, Telefon), Hunde (Name, Rasse, Geburtsjahr, Besitzer), Termine (Hund, Datum, Uhrzeit, Leistung: Waschen/Schneiden/Krallen, Preis). Ein Hund kann pro Tag nur einen Termin haben."""
        ),
        _m(
            "danke, die Query läuft jetzt",
            "Super! Brauchst du noch etwas?",
            "ja, kannst du mir noch den passenden Index vorschlagen und die Query als Spring Data @Query mit Pageable umbauen?",
        ),
        _u("""Schreib Tests mit Vitest für diesen Pinia-Store, die API bitte mocken:

export const useWarenkorb = defineStore('warenkorb', {
  state: () => ({ positionen: [] as Position[] }),
  getters: {
    summe: (s) => s.positionen.reduce((a, p) => a + p.preis * p.menge, 0),
  },
  actions: {
    async bestellen() {
      if (!this.positionen.length) throw new Error('Warenkorb leer');
      await api.post('/bestellungen', { positionen: this.positionen });
      this.positionen = [];
    },
  },
});"""),
        _s(
            "Du bist ein Coding-Agent im Repo `fahrschule-app` (Laravel 11, Livewire, Pest). Tools: read_file, write_file, run.",
            "Fahrstunden sollen vom Fahrlehrer als 'durchgeführt' markiert werden können, danach nicht mehr stornierbar. Migration für durchgefuehrt_am, Livewire-Aktion und Pest-Tests.",
        ),
        _s(
            "Du bist der Entwicklungsassistent der Bäckerei Hofmann GmbH. Stack: Python, FastAPI, PostgreSQL.",
            "Schreib einen Endpunkt, der die Vorbestellungen für morgen nach Filiale und Artikel summiert, als Backliste für die Nachtschicht.",
        ),
        _m(
            "Wie mache ich in Angular ein Formular mit abhängigen Feldern?",
            "Mit Reactive Forms: du hörst auf valueChanges eines Controls und passt Validatoren oder Optionen des anderen an, danach updateValueAndValidity().",
            "konkret: bei Land = DE soll PLZ 5-stellig Pflicht sein, bei AT 4-stellig, sonst optional",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b7b", BY_LANG)
