# Misconception: a second TiedEmbedding rebuilt from the first one's configuration scores with the same matrix (it has a matrix of its own, and the same name) (explained from the graph Keras was building and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "from_config\(get_config\(\)\) made a second copy of TiedEmbedding layer 'embedding', with variables and values of its own, where the task shares one layer"
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(
            shape=(self.vocabulary, self.dimension), initializer="uniform", name="matrix"
        )
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)

    def get_config(self):
        return {**super().get_config(), "vocabulary": self.vocabulary, "dimension": self.dimension}


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5, name="embedding")
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    scorer = TiedEmbedding.from_config(embedding.get_config())
    return keras.Model(tokens, scorer(hidden, reverse=True))
