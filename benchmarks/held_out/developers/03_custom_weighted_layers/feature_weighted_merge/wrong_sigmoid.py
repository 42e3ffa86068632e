# Misconception: a sigmoid makes each weight lie between 0 and 1, which is all a mix needs
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.gates = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        gates = ops.sigmoid(self.gates)
        return sum(gates[i] * x for i, x in enumerate(inputs))
