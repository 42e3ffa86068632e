# Misconception: a scale computed from the inputs can be taken out as a Python number first (explained from the error and the learner's line by raised.python_value_of_symbolic, no table entry).
# Expect: fail "float\(\) asks a symbolic tensor for one Python number inside FeatureWeightedMerge\.call\(\)"
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        w = keras.ops.softmax(self.logits, axis=0)
        scale = float(keras.ops.max(keras.ops.abs(inputs[0])))
        return sum(w[i] * x for i, x in enumerate(inputs)) * scale / scale
