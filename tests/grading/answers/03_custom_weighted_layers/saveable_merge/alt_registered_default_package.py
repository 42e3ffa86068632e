# Alternative: registered without a package name, no get_config (Keras 3 records the
# temperature itself), the shapes compared pairwise with the first in call().
# Expect: pass
@keras.saving.register_keras_serializable()
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        for i, tensor in enumerate(inputs[1:], start=2):
            if tuple(tensor.shape) != tuple(inputs[0].shape):
                raise ValueError(
                    f"input {i} has shape {tuple(tensor.shape)}, input 1 {tuple(inputs[0].shape)}"
                )
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(w * tensor for w, tensor in zip(keras.ops.unstack(weights), inputs, strict=True))


def load_merge_model(path):
    return keras.saving.load_model(path)
