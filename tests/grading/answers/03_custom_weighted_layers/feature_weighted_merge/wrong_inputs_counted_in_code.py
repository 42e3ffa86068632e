# Misconception: the merge always receives the three inputs of the example (explained from the error and the learner's line by custom_weighted_layers.explain_layer_error, no table entry).
# Expect: fail "call\(\) reads entry 2 by its number"
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        w = ops.softmax(self.logits, axis=0)
        return sum(w[i] * inputs[i] for i in range(3))
