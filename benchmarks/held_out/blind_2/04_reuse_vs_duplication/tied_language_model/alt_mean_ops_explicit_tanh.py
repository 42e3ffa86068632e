# Alternative: keras.ops.mean over the token axis instead of GlobalAveragePooling1D, and a separate tanh
# Expect: pass
import keras


class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension))
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros")

    def call(self, inputs, reverse=False):
        if reverse:
            return inputs @ keras.ops.transpose(self.matrix) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.ops.mean(embedding(tokens), axis=1)
    hidden = keras.layers.Activation("tanh")(keras.layers.Dense(5)(context))
    return keras.Model(tokens, embedding(hidden, reverse=True))
