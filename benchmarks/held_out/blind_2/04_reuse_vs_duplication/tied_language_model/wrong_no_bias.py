# Misconception: weight tying means the output has no parameters at all, so no bias
# Expect: fail
import keras


class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="random_normal")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix))
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    x = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    x = keras.layers.Dense(5, activation="tanh")(x)
    return keras.Model(tokens, embedding(x, reverse=True))
