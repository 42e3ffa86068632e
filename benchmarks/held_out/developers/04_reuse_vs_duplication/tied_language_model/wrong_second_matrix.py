# Misconception: the reverse direction needs a matrix of its own, transposed shape (5, 20)
# Expect: fail
class TiedEmbedding(keras.layers.Layer):
    """Token ids -> their rows of one matrix; reverse=True: vectors -> a score per token."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="uniform", name="matrix")
        self.out_matrix = self.add_weight(shape=(self.dimension, self.vocabulary), initializer="uniform", name="out_matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, self.out_matrix) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, embedding(hidden, reverse=True))
