# Alternative: an explicit from_config classmethod, the validation with any() over every
# input, the mix as a tensordot of the stacked inputs, keras.models.load_model.
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = float(temperature)

    def build(self, input_shape):
        first = tuple(input_shape[0])
        if any(tuple(shape) != first for shape in input_shape):
            raise ValueError(
                "All inputs of WeightedMerge must have the same shape, got "
                + ", ".join(str(tuple(shape)) for shape in input_shape)
            )
        self.mix_logits = self.add_weight(shape=(len(input_shape),), name="mix_logits")

    def call(self, inputs):
        mix = keras.ops.softmax(self.mix_logits / self.temperature)
        return keras.ops.tensordot(keras.ops.stack(inputs, axis=-1), mix, axes=1)

    def get_config(self):
        config = super().get_config()
        config["temperature"] = self.temperature
        return config

    @classmethod
    def from_config(cls, config):
        return cls(**config)


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
