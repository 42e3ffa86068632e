# Alternative: keras.ops.dot with the matrix's .T attribute, explicit bias add op, variables named matrix/bias
# Expect: pass
import keras
from keras import ops


class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="glorot_uniform", name="matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")
        self.built = True

    def call(self, inputs, reverse=False):
        if not reverse:
            return ops.take(self.matrix, inputs, axis=0)
        return ops.add(ops.dot(inputs, ops.transpose(self.matrix, (1, 0))), self.bias)


def build_tied_language_model():
    ids = keras.Input(shape=(4,), dtype="int32")
    layer = TiedEmbedding(vocabulary=20, dimension=5)
    pooled = keras.layers.GlobalAveragePooling1D()(layer(ids))
    scores = layer(keras.layers.Dense(5, activation="tanh")(pooled), reverse=True)
    return keras.Model(inputs=ids, outputs=scores)
