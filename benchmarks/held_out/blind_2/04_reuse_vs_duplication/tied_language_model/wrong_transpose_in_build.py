# Misconception: precomputed the transposed matrix once in build() to save work
# Expect: fail
import keras


class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="random_normal")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros")
        self.matrix_t = keras.ops.convert_to_tensor(self.matrix.numpy().T)

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, self.matrix_t) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    x = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    x = keras.layers.Dense(5, activation="tanh")(x)
    return keras.Model(tokens, embedding(x, reverse=True))
