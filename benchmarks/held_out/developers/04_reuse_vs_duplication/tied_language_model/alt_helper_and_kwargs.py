# Alternative: helper methods for the two directions, the layers created before the inputs
# Expect: pass
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="uniform", name="matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def lookup(self, ids):
        return keras.ops.take(self.matrix, ids, axis=0)

    def score(self, vectors):
        return vectors @ keras.ops.transpose(self.matrix) + self.bias

    def call(self, inputs, reverse=False):
        return self.score(inputs) if reverse else self.lookup(inputs)


def build_tied_language_model():
    embedding = TiedEmbedding(vocabulary=20, dimension=5)
    pool = keras.layers.GlobalAveragePooling1D()
    dense = keras.layers.Dense(5, activation="tanh")
    tokens = keras.Input(shape=(4,), dtype="int32")
    return keras.Model(tokens, embedding(dense(pool(embedding(tokens))), reverse=True))
