# Misconception: reverse can be passed by position, embedding(x, True), as to a plain Python function
# Expect: fail
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(name="matrix", shape=(self.vocabulary, self.dimension))
        self.bias = self.add_weight(name="bias", shape=(self.vocabulary,), initializer="zeros")

    def call(self, inputs, reverse=False):
        if reverse is True:
            scores = keras.ops.tensordot(inputs, self.matrix, axes=[[1], [1]])
            return scores + self.bias
        return keras.ops.take(self.matrix, keras.ops.cast(inputs, "int32"), axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    x = embedding(tokens)
    x = keras.layers.GlobalAveragePooling1D()(x)
    x = keras.layers.Dense(5, activation="tanh")(x)
    x = embedding(x, True)
    return keras.Model(tokens, x)
