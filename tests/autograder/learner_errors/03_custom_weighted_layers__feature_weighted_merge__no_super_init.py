# Mistake: __init__ without super().__init__(**kwargs).
# Cause: "FeatureWeightedMerge\.__init__\(\) does not call super\(\)\.__init__"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class FeatureWeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        self.axis = 0

    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=self.axis)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
