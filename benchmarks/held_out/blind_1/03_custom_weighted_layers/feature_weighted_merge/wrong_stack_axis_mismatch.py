# Misconception: stacking on axis -1 then weighting as (inputs, features)
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        n, features = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(n, features), initializer="zeros", name="logits")

    def call(self, inputs):
        w = keras.ops.softmax(self.logits, axis=0)
        stacked = keras.ops.stack(inputs, axis=-1)       # (batch, features, inputs)
        return keras.ops.sum(stacked * w, axis=-1)
