# Misconception: each use gets its own TiedEmbedding, "tied" because the two are alike
# (two matrices: nothing is shared).
# Expect: fail "the lookup and the scores each use a matrix of their own \(each starts from"
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), name="matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    context = keras.layers.GlobalAveragePooling1D()(TiedEmbedding(20, 5)(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, TiedEmbedding(20, 5)(hidden, reverse=True))
