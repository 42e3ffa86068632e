# Alternative: the inputs stacked on a new last axis, mixed by a tensordot with the
# softmax weights; build() takes its argument under another name.
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    def build(self, shapes):
        self.mix_logits = self.add_weight(
            shape=(len(shapes),), initializer="random_normal", name="mix_logits"
        )

    def call(self, inputs):
        stacked = keras.ops.stack(inputs, axis=-1)  # (batch, ..., inputs)
        return keras.ops.tensordot(stacked, keras.ops.softmax(self.mix_logits), axes=1)
