# Misconception: the logit matrix stored (features, inputs), softmax over its last axis (the inputs) — same mix, but the task states (number of inputs, features)
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(input_shape[0][-1], len(input_shape)), initializer="zeros"
        )

    def call(self, inputs):
        weights = ops.softmax(self.logits, axis=-1)  # across the inputs, the last axis here
        return sum(weights[:, i] * x for i, x in enumerate(inputs))
