# Misconception: Keras 2's backend module (K.softmax, K.stack, K.sum) still holds the tensor functions
# Expect: fail
from keras import backend as K


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        weights = K.softmax(self.logits, axis=0)
        return K.sum(K.stack(inputs, axis=0) * weights[:, None, :], axis=0)
