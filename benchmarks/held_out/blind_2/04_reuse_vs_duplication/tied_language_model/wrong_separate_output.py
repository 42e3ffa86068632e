# Misconception: a Dense(20) output layer is the usual LM head; tying is optional
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

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, keras.ops.cast(inputs, "int32"), axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    x = TiedEmbedding(20, 5)(tokens)
    x = keras.layers.GlobalAveragePooling1D()(x)
    x = keras.layers.Dense(5, activation="tanh")(x)
    return keras.Model(tokens, keras.layers.Dense(20)(x))
