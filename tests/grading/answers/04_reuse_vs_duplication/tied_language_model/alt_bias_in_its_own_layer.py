# Alternative: TiedEmbedding without a bias, and the 20 biases added by a small layer of their
# own after the scores (the same function, written in two layers).
# Expect: pass
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), name="matrix")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix))
        return keras.ops.take(self.matrix, inputs, axis=0)


class AddBias(keras.layers.Layer):
    def build(self, input_shape):
        self.bias = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, inputs):
        return inputs + self.bias


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, AddBias()(embedding(hidden, reverse=True)))
