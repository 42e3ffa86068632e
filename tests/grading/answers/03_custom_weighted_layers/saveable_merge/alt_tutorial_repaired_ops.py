# Alternative: the tutorial repaired line by line: **kwargs passed on, the variable under
# another name, K.softmax and K.sum replaced by keras.ops (the sum of a stacked tensor), the
# validation added, super().get_config() kept in the config, the class given to load_model.
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if any(shape != shapes[0] for shape in shapes):
            raise ValueError(f"WeightedMerge: inputs of different shapes: {shapes}")
        self.mix_logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.mix_logits / self.temperature)
        stacked = keras.ops.stack([mix[i] * x for i, x in enumerate(inputs)], axis=0)
        return keras.ops.sum(stacked, axis=0)

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
