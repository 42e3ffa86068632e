# Alternative: the lookup as one_hot(ids) @ matrix, the scores with keras.ops.dot; glorot initial values
# Expect: pass
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.table = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="glorot_uniform", name="table")
        self.score_bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="score_bias")

    def call(self, inputs, reverse=False):
        if not reverse:
            return keras.ops.matmul(keras.ops.one_hot(inputs, self.vocabulary), self.table)
        return keras.ops.add(keras.ops.dot(inputs, keras.ops.transpose(self.table)), self.score_bias)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, embedding(hidden, reverse=True))
