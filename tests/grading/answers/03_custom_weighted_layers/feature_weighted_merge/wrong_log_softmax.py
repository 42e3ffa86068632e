# Misconception: log_softmax is the numerically stable softmax (explained from the weights the output implies, no table entry).
# Expect: fail "the log of its softmax weight \(a log_softmax\)"
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        w = ops.log_softmax(self.logits, axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
