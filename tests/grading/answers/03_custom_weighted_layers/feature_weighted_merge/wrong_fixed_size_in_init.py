# Misconception: the sizes are known from the task (3 inputs of 4), so the logits can be made
# in __init__ (right for one use, wrong for any other number or width of inputs)
# (explained from the variables the layer held before it was called, by
# custom_weighted_layers.merge_model, no table entry).
# Expect: fail "variables were made in __init__, before it saw any input, with a fixed shape \(\(3, 4\)\)"
class FeatureWeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.logits = self.add_weight(shape=(3, 4), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
